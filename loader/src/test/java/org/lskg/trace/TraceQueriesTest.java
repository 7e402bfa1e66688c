package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.store.LskgStore;
import org.lskg.testing.Corpus;

/** The trace queries of {@code queries/} on the seed store, with the values their headers show. */
class TraceQueriesTest {
    @TempDir static Path dir;
    private static LskgStore store;

    @BeforeAll
    static void build() {
        store = SeedStore.build(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Each row as column → lexical form (IRIs as IRIs), in the query's column order; unbound columns absent. */
    private static List<Map<String, String>> rows(String file) throws IOException {
        return select(Files.readString(Corpus.queries().resolve(file), StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> select(String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(store.dataset()).query(sparql).build()) {
                RowSet result = exec.select();
                List<Var> columns = result.getResultVars();
                result.forEachRemaining(b -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (Var v : columns) {
                        Node n = b.get(v);
                        if (n != null) {
                            row.put(v.getVarName(), n.isURI() ? n.getURI() : n.getLiteralLexicalForm());
                        }
                    }
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    @Test
    void overdueByBodyCountsEachBodysOverdueTasks() throws IOException {
        List<Map<String, String>> rows = rows("trace-overdue-by-body.rq");
        // "UBND các huyện, thành phố" is one body, Ủy ban nhân dân cấp huyện (CONTRACT.md): three tasks of 000;
        // a fourth, comments on the draft decision on the 2024 plan, is done: 004 cites the decision, 136/QĐ-UBND
        assertEquals(Map.of("body", "Ủy ban nhân dân cấp huyện", "overdue", "3"), rows.get(0));
        assertTrue(rows.contains(Map.of("body", "Bộ Nông nghiệp và Phát triển nông thôn", "overdue", "2")));
        assertTrue(rows.contains(Map.of("body", "Ủy ban nhân dân tỉnh Lạng Sơn", "overdue", "2")));
    }

    /** The counts the trace writes are those a query counting the overdue assessments body by body finds. */
    @Test
    void overdueCountsWrittenByTheTraceAreThoseOfTheAssessments() throws IOException {
        List<Map<String, String>> counted = select("""
                PREFIX lskg: <https://w3id.org/lskg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX status: <https://w3id.org/lskg/id/status/>
                SELECT ?body ?overdue {
                  { SELECT ?b (COUNT(DISTINCT ?c) AS ?overdue)
                    { ?a lskg:status status:overdue ; lskg:ofCommitment ?c . ?c lskg:responsibleBody ?b } GROUP BY ?b }
                  ?b skos:prefLabel ?l BIND (str(?l) AS ?body)
                } ORDER BY DESC(?overdue) ?body""");
        assertEquals(counted, rows("trace-overdue-by-body.rq"));
    }

    @Test
    void theTasksOf320ThatNoLaterDocumentFollowsUp() throws IOException {
        List<Map<String, String>> rows = rows("trace-no-followup.rq");
        // the same commitments as every commitment of 320/TB-VPCP less those with a follow-up
        List<String> expected = select("""
                PREFIX lskg: <https://w3id.org/lskg/ontology#>
                SELECT ?text { ?d lskg:sourceFile "001_df7bcefca2f647a1.txt" . ?c lskg:statedIn ?d ; lskg:text ?text
                  FILTER NOT EXISTS { ?f a lskg:FollowUp ; lskg:ofCommitment ?c } }""")
                .stream().map(r -> r.get("text")).sorted().toList();
        assertEquals(expected, rows.stream().map(r -> r.get("text")).sorted().toList());
        assertTrue(rows.size() >= 10, rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("source").equals("001_df7bcefca2f647a1.txt")
                && r.get("issued").equals("2021-11-28")));
        // overdue first, by deadline; then those without evidence
        List<String> statuses = rows.stream().map(r -> r.get("status")).toList();
        assertEquals("overdue", statuses.get(0));
        assertEquals(statuses.stream().sorted(Comparator.reverseOrder()).toList(), statuses);
        assertTrue(rows.stream().allMatch(r -> r.get("status").equals("overdue") || r.get("status").equals("no_evidence")));
        assertTrue(rows.stream().anyMatch(r -> r.get("status").equals("overdue") && "2021-12-31".equals(r.get("deadline"))
                && r.get("text").startsWith("Giao Bộ Tài nguyên và Môi trường chủ trì")));
        assertTrue(rows.stream().noneMatch(r -> r.get("text").startsWith("Khẩn trương hoàn thành lập Quy hoạch tỉnh")));
    }

    @Test
    void theTraceOfTheMasterPlanRunsFrom2021ToItsOverdueStatus() throws IOException {
        List<Map<String, String>> rows = rows("trace-commitment.rq");
        assertEquals(List.of("2021-11-28", "2023-11", "2023-11", "2023-11", "2023-12-08", "2024-01", "2024-04-01"),
                rows.stream().map(r -> r.get("date")).toList());
        assertEquals("stated", rows.get(0).get("kind"));
        assertEquals("003_1a7c978e25c4247f.txt", rows.get(4).get("source"));
        assertTrue(rows.get(4).get("detail").startsWith("shared-entity lexical-overlap progress-cue;"), rows.get(4).get("detail"));
        assertEquals("overdue", rows.get(6).get("kind"));
        assertTrue(rows.get(6).get("text").startsWith("deadline 2022-05-31"));
    }

    @Test
    void everythingTheTransportMinistryWasAssigned() throws IOException {
        List<Map<String, String>> rows = rows("trace-body-assignments.rq");
        assertEquals(List.of("001_df7bcefca2f647a1.txt", "000_3758fa920d041f6d.txt"),
                rows.stream().map(r -> r.get("source")).toList());
        assertEquals("in_progress", rows.get(0).get("status"));
        assertEquals("4", rows.get(0).get("followUps"));
        assertTrue(rows.get(1).get("text").startsWith("phối hợp chặt chẽ với Bộ Giao thông vận tải"));
    }

    /** trace-flags.rq with another kind and page in its VALUES, as an analyst edits it. */
    private static List<Map<String, String>> flags(String kind, String after) throws IOException {
        String text = Files.readString(Corpus.queries().resolve("trace-flags.rq"), StandardCharsets.UTF_8);
        String values = "(flag:deadline-before-document \"\")";
        assertTrue(text.contains(values));
        return select(text.replace(values, "(flag:" + kind + " \"" + after + "\")"));
    }

    @Test
    void theFlagsQueryListsOneKind() throws IOException {
        List<Map<String, String>> rows = rows("trace-flags.rq");
        assertTrue(rows.stream().allMatch(r -> r.get("type").equals("deadline-before-document")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("flagged").endsWith("/commitment/67-1")), rows.toString());
        assertTrue(flags("name-variant", "").contains(Map.of("type", "name-variant",
                "flagged", "https://w3id.org/lskg/id/person/duong-xuan-huyen",
                "reason", "one person written 2 ways: \"Dương Xuân Huyên\" / \"Dương Xuân Huyền\"")));
        assertTrue(flags("unresolved-reference", "").contains(Map.of("type", "unresolved-reference",
                "flagged", "https://w3id.org/lskg/id/doc/chinh-phu/2021/128-nq-cp",
                "reason", "128/NQ-CP is cited by 2 sentences but is not in the corpus")));
    }

    /** The next page of a kind starts after the flagged IRI of the last row read. */
    @Test
    void theFlagsQueryPagesByFlaggedNode() throws IOException {
        List<Map<String, String>> first = rows("trace-flags.rq");
        assertTrue(first.size() >= 3, first.toString());
        List<Map<String, String>> next = flags("deadline-before-document", first.get(1).get("flagged"));
        assertEquals(first.subList(2, first.size()), next);
    }

    @Test
    void theEvaluationQueryGivesOneStatusPerOrigin() throws IOException {
        List<Map<String, String>> rows = rows("eval/traces.rq");
        assertEquals(List.of("origin_source", "origin_text", "followup_source", "followup_text", "status"),
                List.copyOf(rows.stream().filter(r -> r.size() == 5).findFirst().orElseThrow().keySet()));
        Map<String, List<String>> statuses = new LinkedHashMap<>();
        rows.forEach(r -> statuses.computeIfAbsent(r.get("origin_source") + r.get("origin_text"), k -> new ArrayList<>())
                .add(r.get("status")));
        assertTrue(statuses.values().stream().allMatch(s -> s.stream().distinct().count() == 1));
        assertTrue(rows.stream().anyMatch(r -> r.get("origin_text").startsWith("Tiếp tục tham mưu ngay việc thành lập")
                && "000_3758fa920d041f6d.txt".equals(r.get("followup_source")) && r.get("status").equals("fulfilled")));
    }
}
