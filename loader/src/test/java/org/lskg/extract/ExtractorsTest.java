package org.lskg.extract;

import org.junit.jupiter.api.Test;
import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;
import org.lskg.testing.Notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failing rule costs the facts it touches, never the document's other facts. */
class ExtractorsTest {

    private static final ParsedDocument DOC = Notices.withBody("""
            1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát các dự án trước ngày 30/11/2025.
            2. Giao Sở Y tế hoàn thành việc sáp nhập các trung tâm y tế trong tháng 12 năm 2025.""");

    /** Fails on the sentence that names Sở Y tế, and reads the others. */
    private static final Extractor FAILS_ON_ONE_SENTENCE = (doc, sink) -> {
        for (Sentence s : doc.sentences()) {
            if (s.part() != Sentence.Part.BODY) continue;
            sink.guarded(s, () -> {
                if (s.text().contains("Sở Y tế")) throw new IndexOutOfBoundsException("Index 0 out of bounds for length 0");
                sink.accept(new LegalReference(s, "00/TEST", Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
            });
        }
    };

    @Test
    void aSentenceARuleThrowsOnCostsThatSentenceOnly() {
        List<ExtractionProblem> problems = new ArrayList<>();
        List<Fact> facts = Extractors.run(List.of(FAILS_ON_ONE_SENTENCE), DOC, problems::add);
        assertTrue(facts.stream().anyMatch(f -> f.sentence().text().contains("Sở Xây dựng")), facts::toString);
        assertTrue(facts.stream().noneMatch(f -> f.sentence().text().contains("Sở Y tế")), facts::toString);
        assertEquals(1, problems.size());
        String line = problems.get(0).describe();
        assertTrue(line.contains(" skipped sentence ") && line.contains("Sở Y tế"), line);
        assertTrue(line.contains("IndexOutOfBoundsException: Index 0 out of bounds for length 0"), line);
    }

    @Test
    void anExtractorThatThrowsOutsideASentenceLeavesTheOthersRunning() {
        Extractor broken = (doc, sink) -> {
            throw new NullPointerException("o is null");
        };
        List<ExtractionProblem> problems = new ArrayList<>();
        List<Fact> facts = Extractors.run(List.of(broken, FAILS_ON_ONE_SENTENCE), DOC, problems::add);
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).sentence().isEmpty());
        assertTrue(problems.get(0).describe().contains("skipped the document: NullPointerException: o is null"),
                problems.get(0).describe());
        assertTrue(!facts.isEmpty());
    }

    @Test
    void withoutAProblemHandlerAFailureStillPropagates() {
        assertThrows(IndexOutOfBoundsException.class, () -> Extractors.run(List.of(FAILS_ON_ONE_SENTENCE), DOC));
    }
}
