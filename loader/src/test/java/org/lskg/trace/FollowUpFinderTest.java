package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lskg.trace.CorpusSnapshot.Commitment;
import org.lskg.trace.CorpusSnapshot.Doc;
import org.lskg.trace.CorpusSnapshot.Entity;
import org.lskg.trace.CorpusSnapshot.Mention;
import org.lskg.trace.CorpusSnapshot.Sentence;
import org.lskg.testing.Corpus;

/**
 * {@link FollowUpFinder} on small corpora made of seed sentences: the postings find what the rules accept,
 * and near-duplicate reports do not multiply a commitment's links.
 */
class FollowUpFinderTest {
    /** 320/TB-VPCP (2021), sentence 26. */
    private static final String TASK = "Khẩn trương hoàn thành lập Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn "
            + "đến năm 2050 gắn với quy hoạch ngành, lĩnh vực, quy hoạch vùng Trung du và miền núi phía Bắc";
    /** The November 2023 report (002), the same plan under way. */
    private static final String REPORT = "Hoàn thiện hồ sơ Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến "
            + "năm 2050 để trình thẩm định, phê duyệt theo kế hoạch";
    /** The 2023 report's account of the harvest (002): shares nothing with the plan but the province. */
    private static final String HARVEST = "Thu hoạch lúa vụ mùa trên địa bàn tỉnh Lạng Sơn đạt năng suất khá";
    private static final Entity PLAN = new Entity("e/plan", "program",
            "Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050");
    /** The same plan read with a stray word in another document: another IRI, the same thing. */
    private static final Entity PLAN_AS_READ = new Entity("e/plan-gan", "program",
            "Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 -2030, tầm nhìn đến năm 2050 gắn");

    private final List<Doc> docs = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();

    private String sentence(String date, String text, Entity... named) {
        String doc = "d/" + docs.size();
        docs.add(new Doc(doc, docs.size() + ".txt", IssueDate.parse(date)));
        String iri = doc + "/s1";
        sentences.add(new Sentence(iri, doc, 1, 0, text, Optional.empty(), false));
        for (Entity e : named) {
            mentions.add(new Mention(iri + "/m" + mentions.size(), iri, 0, text.length(), e.label(), e));
        }
        return iri;
    }

    private Commitment task(Entity... about) {
        String iri = sentence("2021-11-28", TASK);
        return new Commitment(iri + "/c", "d/0", iri, TASK, 0, TASK.length(), Optional.empty(), Optional.empty(),
                List.of(), List.of(about));
    }

    /**
     * The lines of the December 2023 resolution (003) as an earlier document, so that words weigh as in a real
     * corpus: "tỉnh", "thực hiện" everywhere, "quy hoạch tỉnh" rarely.
     */
    private void background() throws IOException {
        String doc = "d/" + docs.size();
        docs.add(new Doc(doc, "background.txt", IssueDate.parse("2020")));
        List<String> lines = Files.readAllLines(Corpus.seed("003")).stream().filter(l -> !l.isBlank()).toList();
        for (int i = 0; i < lines.size(); i++) {
            sentences.add(new Sentence(doc + "/s" + i, doc, i, 0, lines.get(i), Optional.empty(), false));
        }
    }

    private FollowUpFinder finder(Commitment c, Thresholds thresholds) {
        return new FollowUpFinder(new CorpusSnapshot(docs, sentences, List.of(PLAN, PLAN_AS_READ), mentions,
                List.of(c), List.of(), List.of()), thresholds);
    }

    @Test
    void theSamePlanReadUnderAnotherLabelIsFoundThroughItsWords() {
        Commitment c = task(PLAN);
        sentence("2023-11", REPORT, PLAN_AS_READ);
        sentence("2023-11", HARVEST);
        List<FollowUp> found = finder(c, Thresholds.DEFAULT).find(c, LocalDate.of(2024, 4, 1));
        assertEquals(1, found.size(), found::toString);
        assertEquals(REPORT, found.get(0).text());
        assertTrue(found.get(0).signals().contains(Signal.SHARED_ENTITY), found.get(0).signals()::toString);
    }

    @Test
    void nearDuplicateReportsGiveAtMostTheCapAndTheLatestAmongEquals() throws IOException {
        Commitment c = task(PLAN);
        background();
        for (int month = 1; month <= 12; month++) {
            sentence(String.format("2023-%02d", month), REPORT, PLAN);
        }
        FollowUpFinder finder = finder(c, Thresholds.DEFAULT);
        List<FollowUp> found = finder.find(c, LocalDate.of(2024, 4, 1));
        assertEquals(Thresholds.DEFAULT.perCommitment(), found.size());
        assertEquals("2023-03", found.get(0).date().lexical(), "the two earliest of twelve equal reports are left out");
        // every report was scored, since the caps compare them all: what near-duplicates cost
        long scored = finder.candidatesScored();
        assertEquals(12, scored);
        // an earlier view keeps what was known then, within the cap, and scores only those
        assertEquals(5, finder.find(c, LocalDate.of(2023, 5, 31)).size());
        assertEquals(scored + 5, finder.candidatesScored());
    }

    @Test
    void theFirstCompletionStaysBeyondTheCapSinceTheStatusRestsOnIt() throws IOException {
        Commitment c = task(PLAN);
        background();
        String done = sentence("2023-02", "Quy hoạch tỉnh đã được phê duyệt", PLAN);
        for (int month = 3; month <= 12; month++) {
            sentence(String.format("2023-%02d", month), REPORT, PLAN);
        }
        Thresholds three = new Thresholds(0.40, 0.60, 0.20, 0.20, 12, 3, 3, 2000);
        List<FollowUp> found = finder(c, three).find(c, LocalDate.of(2024, 4, 1));
        assertEquals(4, found.size(), found::toString);
        assertEquals(done, found.get(0).evidence());
        assertEquals(Status.FULFILLED, found.get(0).suggests());
        assertTrue(found.get(0).confidence().compareTo(found.get(1).confidence()) < 0,
                "the completion is less confident than the reports it outlasts");
    }
}
