package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lskg.testing.Corpus;

/** How the tracer folds a sentence once for every search. */
class PreparedSentencesTest {

    /**
     * A sentence's folded clauses, joined, are the sentence folded: the tracer folds each sentence once and reads
     * the document frequencies and the documents' provinces from the clauses. On every line of the seeds, and on
     * clause marks at the edges, doubled, around punctuation and beside text the fast fold sends to ICU.
     */
    @Test
    void aSentencesFoldedClausesJoinedAreTheSentenceFolded() throws IOException {
        List<String> lines = new ArrayList<>(List.of(";", " ; ;", "a;b", "Hà Nội;;  Lạng Sơn ;", "“Cao tốc”; – Bắc Nam",
                "168ha¹; tăng²;", "Straße; Æroport;x", "; đạt 10/19 tiêu chí;"));
        try (var files = Files.list(Corpus.documents())) {
            for (var f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        for (String line : lines) {
            assertEquals(org.lskg.text.Fold.ascii(line), PreparedSentences.joined(PreparedSentences.foldedClauses(line)), line);
        }
        assertTrue(lines.size() > 300, lines.size() + " lines");
    }
}
