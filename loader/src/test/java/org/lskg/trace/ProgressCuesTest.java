package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lskg.testing.Corpus;

/**
 * The words that the progress cues' data file gives for each pattern (checked before the pattern) are held by
 * every match: on every clause of the seeds, the dev documents and the real corpus, a clause that a pattern
 * matches holds one of them.
 */
class ProgressCuesTest {

    private static List<String> foldedClauses() {
        List<Path> folders = new ArrayList<>(List.of(Corpus.documents()));
        Corpus.shared("eval/dev/texts").ifPresent(folders::add);
        Corpus.shared("corpus-real/documents").ifPresent(folders::add);
        List<String> clauses = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).sorted().toList()) {
                    Files.readString(f).lines().forEach(line -> clauses.addAll(PreparedSentences.foldedClauses(line)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return clauses;
    }

    @Test
    void everyMatchHoldsOneOfItsPatternsWords() {
        List<String> clauses = foldedClauses();
        Map<ProgressCues.Kind, Integer> matched = new EnumMap<>(ProgressCues.Kind.class);
        ProgressCues.patterns().forEach((kind, patterns) -> {
            for (ProgressCues.CuePattern p : patterns) {
                for (String clause : clauses) {
                    if (p.pattern().matcher(clause).find()) {
                        matched.merge(kind, 1, Integer::sum);
                        assertTrue(p.mayMatch(clause), p.pattern() + " matches a clause without any of " + p.anyOf()
                                + ": " + clause);
                    }
                }
            }
        });
        assertTrue(clauses.size() > 5_000, "clauses read: " + clauses.size());
        assertEquals(ProgressCues.Kind.values().length, matched.size(), "kinds matched: " + matched);
    }
}
