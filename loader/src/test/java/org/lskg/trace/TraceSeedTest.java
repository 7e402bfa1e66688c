package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.store.LskgStore;
import org.lskg.text.Fold;

/** Tracing the five seed documents: the gold links and statuses, the as-of date, the flags and the graph. */
class TraceSeedTest {
    private static final String VPCP = "https://w3id.org/lskg/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp/";
    private static final String MASTER_PLAN = VPCP + "commitment/26-1";
    private static final String ROAD_4B = VPCP + "commitment/49-1";
    private static final String CENTRE = "https://w3id.org/lskg/id/doc/text/6a26ea8f392231f35976/commitment/218-1";
    private static final String DOC_000 = "https://w3id.org/lskg/id/doc/text/2d15e224996756e3bc10";

    @TempDir static Path dir;
    private static LskgStore store;
    private static Trace trace;

    @BeforeAll
    static void build() {
        store = SeedStore.build(dir);
        trace = Tracer.create().trace(store, Optional.empty());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Trace.Timeline timeline(Trace t, String iri) {
        return t.timelines().stream().filter(x -> x.commitment().iri().equals(iri)).findFirst().orElseThrow();
    }

    private static boolean followedIn(Trace.Timeline t, String file, String anchor) {
        return t.followUps().stream().anyMatch(f -> f.source().equals(file) && Fold.ascii(f.text()).contains(Fold.ascii(anchor)));
    }

    @Test
    void readingOnSeveralThreadsGivesTheSnapshotOfOneTransaction() {
        CorpusSnapshot parallel = CorpusReader.read(store.dataset(), 4);
        CorpusSnapshot oneTransaction = CorpusReader.read(store.dataset(), 1);
        assertEquals(oneTransaction, parallel);
        assertEquals(5, parallel.documents().size());
        assertTrue(parallel.commitments().stream().anyMatch(c -> c.iri().equals(MASTER_PLAN)), "the master plan");
        assertTrue(parallel.commitments().stream().anyMatch(c -> c.deadline().map(d -> d.date().equals(
                LocalDate.of(2021, 12, 31))).orElse(false)), "a deadline read as 31 December 2021");
        assertTrue(parallel.commitments().stream().anyMatch(c -> !c.responsible().isEmpty()), "bodies responsible");
        assertTrue(parallel.mentions().stream().anyMatch(m -> m.surface().equals("Quốc lộ 4B")));
    }

    @Test
    void theEarlierTraceIsWhatTheTraceGraphSays() {
        EarlierTrace earlier = EarlierTrace.read(store.dataset()).orElseThrow();
        assertEquals(trace.timelines().size(), earlier.size());
        Trace.Timeline plan = timeline(trace, MASTER_PLAN);
        assertEquals(plan.followUps().stream().map(FollowUp::evidence).sorted().toList(),
                earlier.evidence(MASTER_PLAN).stream().sorted().toList());
        assertEquals(5, earlier.evidence(MASTER_PLAN).size());
        assertTrue(earlier.assessed(ROAD_4B));
        assertFalse(earlier.assessed(VPCP + "sentence/1"));
    }

    @Test
    void asOfDefaultsToTheFirstDayOfTheLatestDocument() {
        assertEquals(Optional.of(LocalDate.of(2024, 4, 1)), trace.asOf()); // 004 is dated "tháng 4 năm 2024"
    }

    @Test
    void theMasterPlanOf2021IsOverdueAndFollowedUpThreeTimes() {
        Trace.Timeline t = timeline(trace, MASTER_PLAN);
        assertTrue(followedIn(t, "002_7fc097a99f4f5691.txt", "Hoàn thiện hồ sơ Quy hoạch tỉnh Lạng Sơn"));
        assertTrue(followedIn(t, "003_1a7c978e25c4247f.txt", "Tập trung tổ chức triển khai thực hiện Quy hoạch tỉnh"));
        assertTrue(followedIn(t, "000_3758fa920d041f6d.txt", "trình Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh"));
        assertEquals(Status.OVERDUE, t.assessment().status());
        EffectiveDeadline d = t.assessment().deadline().orElseThrow();
        assertEquals(LocalDate.of(2022, 5, 31), d.date());
        assertEquals(Optional.of(VPCP + "commitment/27-1"), d.borrowedFrom()); // "Đảm bảo hoàn thành hồ sơ quy hoạch ..."
        assertEquals(List.of("2023-11", "2023-11", "2023-11", "2023-12-08", "2024-01"),
                t.followUps().stream().map(f -> f.date().lexical()).toList());
    }

    @Test
    void nationalRoad4bIsInProgressThroughItsSectionHeading() {
        Trace.Timeline t = timeline(trace, ROAD_4B);
        assertEquals("Quốc lộ 4B", t.topic().get(0).label()); // from "2. Đối với tuyến đường Quốc lộ 4B:"
        assertTrue(followedIn(t, "002_7fc097a99f4f5691.txt", "Cải tạo, nâng cấp Quốc lộ 4B (đoạn Km3+700 đến Km18)"));
        assertTrue(followedIn(t, "000_3758fa920d041f6d.txt", "đẩy nhanh tiến độ thực hiện dự án Nâng cấp Km18-Km80, Quốc lộ 4B"));
        assertTrue(followedIn(t, "004_469af22caf73baeb.txt", "dự án Nâng cấp đoạn Km18 - Km80, Quốc lộ 4B"));
        assertEquals(Status.IN_PROGRESS, t.assessment().status());
        assertTrue(t.followUps().stream().allMatch(f -> f.signals().contains(Signal.SHARED_ENTITY)));
    }

    @Test
    void decision1725FulfilsTheNovemberTaskToSetUpTheCentre() {
        Trace.Timeline t = timeline(trace, CENTRE);
        assertEquals(1, t.followUps().size());
        FollowUp f = t.followUps().get(0);
        assertEquals(DOC_000 + "/s53", f.evidence());
        assertTrue(f.signals().contains(Signal.ESTABLISHING_DECISION));
        assertEquals(Status.FULFILLED, f.suggests());
        assertEquals(Status.FULFILLED, t.assessment().status());
        assertTrue(t.assessment().reason().contains("1725/QĐ-TTg of 2023-12-29"), t.assessment().reason());
    }

    @Test
    void anEarlierAsOfSeesOnlyWhatWasKnownThen() {
        Trace earlier = Tracer.create().trace(store, Optional.of(LocalDate.of(2023, 12, 31)));
        Trace.Timeline centre = timeline(earlier, CENTRE);
        assertEquals(List.of(), centre.followUps());
        assertEquals(Status.NO_EVIDENCE, centre.assessment().status()); // deadline 2023-12-31 not yet passed
        assertEquals(Status.OVERDUE, timeline(earlier, MASTER_PLAN).assessment().status());
        assertTrue(earlier.timelines().stream().noneMatch(t -> t.document().source().startsWith("000_")));
    }

    @Test
    void theReverseViewListsWhatJanuary2024Answers() {
        List<String> answered = trace.answeredBy(DOC_000).stream().map(t -> t.commitment().iri()).toList();
        assertTrue(answered.containsAll(List.of(MASTER_PLAN, ROAD_4B, CENTRE)), answered.toString());
    }

    @Test
    void aRiceHarvestIsNoFollowUpOfAnExpressway() {
        for (Trace.Timeline t : trace.timelines()) {
            boolean expressway = Fold.ascii(t.commitment().text()).contains("cao toc");
            boolean harvest = Fold.ascii(t.commitment().text()).contains("thu hoach");
            for (FollowUp f : t.followUps()) {
                String text = Fold.ascii(f.clause());
                assertFalse(expressway && text.contains("thu hoach") || harvest && text.contains("cao toc"),
                        t.commitment().text() + " -> " + f.text());
            }
        }
    }

    @Test
    void flagsTheMistypedDeadlineTheTwoSpellingsAndTheMissingDecision() {
        List<Flag> flags = trace.flags();
        assertTrue(flags.stream().anyMatch(f -> f.type() == Flag.Type.DEADLINE_BEFORE_DOCUMENT
                && f.resources().contains(DOC_000 + "/commitment/67-1") && f.reason().contains("2023-01-20")));
        assertTrue(flags.stream().anyMatch(f -> f.type() == Flag.Type.NAME_VARIANT
                && f.resources().equals(List.of("https://w3id.org/lskg/id/person/duong-xuan-huyen"))
                && f.reason().contains("\"Dương Xuân Huyên\" / \"Dương Xuân Huyền\"") && f.evidence().size() == 2));
        assertTrue(flags.stream().anyMatch(f -> f.type() == Flag.Type.NAME_VARIANT
                && f.resources().equals(List.of("https://w3id.org/lskg/id/place/huyen-dinh-lap"))));
        assertTrue(flags.stream().anyMatch(f -> f.type() == Flag.Type.UNRESOLVED_REFERENCE
                && f.resources().equals(List.of("https://w3id.org/lskg/id/doc/thu-tuong-chinh-phu/2023/1725-qd-ttg"))));
    }

    @Test
    void theBuildWroteAValidTraceGraphThatPointsIntoTheDocuments() {
        assertTrue(store.graphNames().contains(Tracer.GRAPH));
        assertTrue(store.validate().conforms());
        String dangling = """
                PREFIX lskg: <https://w3id.org/lskg/ontology#>
                ASK { { ?x lskg:ofCommitment ?c FILTER NOT EXISTS { ?c a lskg:Commitment } }
                      UNION { ?x a lskg:FollowUp ; lskg:evidence ?s FILTER NOT EXISTS { ?s a lskg:Sentence } } }
                """;
        assertFalse(Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(dangling).ask()));
    }
}
