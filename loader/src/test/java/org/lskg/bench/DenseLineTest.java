package org.lskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.Pipeline;
import org.lskg.document.DocumentException;
import org.lskg.document.DocumentParser;
import org.lskg.document.DocumentType;
import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;
import org.lskg.extract.Commitment;
import org.lskg.extract.ExtractionProblem;
import org.lskg.extract.Fact;
import org.lskg.extract.Responsibility;
import org.lskg.testing.Corpus;

/**
 * The worst input of issue 11 that is still a document (the header of notice 320/TB-VPCP, then one line of
 * 2 MiB made of the seeds' task sentences joined with "; ") is read whole: its header, every piece of the line
 * as a sentence of at most 4,000 characters, no sentence lost, and the tasks of the seeds found again in it.
 * No time is asserted; {@code lskg bench dense-line} writes the same file to time {@code lskg extract} on.
 */
class DenseLineTest {

    private static final Pipeline PIPELINE = Pipeline.create();
    private static DenseLine dense;
    private static ParsedDocument doc;
    private static List<Fact> facts;
    private static final List<ExtractionProblem> problems = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException, DocumentException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Corpus.documents())) {
            seeds = files.sorted().toList();
        }
        dense = DenseLine.of(PIPELINE, seeds);
        byte[] bytes = dense.text(2 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        doc = DocumentParser.create().parse("dense.txt", bytes);
        facts = PIPELINE.facts(doc, problems::add);
    }

    @Test
    void theHeaderIsTheFirstSeedsThatHasANumberAndADate() {
        assertEquals(DocumentType.THONG_BAO, doc.type());
        assertEquals("320/TB-VPCP", doc.number().orElseThrow());
        assertEquals("2021-11-28", doc.issued().orElseThrow().iso());
    }

    @Test
    void theLineIsCutIntoSentencesAfterASemicolonAndNoneIsLost() {
        List<Sentence> body = doc.sentences().stream().filter(s -> s.part() == Sentence.Part.BODY).toList();
        assertTrue(body.size() > 350, "pieces of the line (1.5 million characters): " + body.size());
        assertTrue(body.stream().allMatch(s -> s.end() - s.start() <= 4_000), "no piece over 4,000 characters");
        assertTrue(body.stream().limit(body.size() - 1).allMatch(s -> s.text().endsWith(";")), "each piece ends after a task");
        assertEquals(dense.tasks().get(0).substring(0, 40), body.get(0).text().substring(0, 40));
        assertEquals(List.of(), problems, "no sentence skipped");
    }

    @Test
    void theFirstCommitmentsAreTheSeedsTasks() {
        List<Commitment> commitments = facts.stream().filter(Commitment.class::isInstance).map(Commitment.class::cast).toList();
        assertTrue(commitments.size() > 300, "commitments: " + commitments.size());

        Commitment first = commitments.get(0);
        assertTrue(first.text().startsWith("Kinh tế phục hồi mạnh, nhất là các hoạt động thương mại"), first.text());
        assertEquals(List.of("Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn"), leads(first));

        Commitment assigned = commitments.stream().filter(c -> c.text().startsWith("Giao các sở, ban, ngành, UBND các huyện"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Ủy ban nhân dân cấp huyện"), leads(assigned));
        assertEquals(LocalDate.of(2024, 3, 31), assigned.deadline().orElseThrow().lastDay());
    }

    private static List<String> leads(Commitment c) {
        return c.responsible().stream().filter(r -> r.role() == Responsibility.Role.LEAD).map(Responsibility::label).toList();
    }
}
