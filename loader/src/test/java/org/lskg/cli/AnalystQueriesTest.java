package org.lskg.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.testing.Corpus;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyst queries of queries/ on the seed corpus, with the values their header comments show. */
class AnalystQueriesTest {

    @TempDir
    static Path tmp;

    private static String store;

    @BeforeAll
    static void build() {
        store = tmp.resolve("store").toString();
        Cli.Run r = Cli.run("build", "--input", Corpus.documents().toString(), "--store", store);
        assertEquals(0, r.exitCode(), r.err());
    }

    private static List<String> rows(String query) {
        Cli.Run r = Cli.run("query", Corpus.queries().resolve(query).toString(), "--store", store, "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        return r.out().lines().skip(1).toList();
    }

    @Test
    void documentsInDateOrder() {
        List<String> rows = rows("documents.rq");
        assertEquals(5, rows.size());
        assertEquals("001_df7bcefca2f647a1.txt,Thông báo,320/TB-VPCP,2021-11-28,Văn phòng Chính phủ,63", rows.get(0));
    }

    /** The sentence count documents.rq reads (written at load time) is the number of the document's sentences. */
    @Test
    void eachDocumentsSentenceCountIsItsNumberOfSentences() {
        Cli.Run r = Cli.run("query", "--store", store, "--format", "csv", "-e", """
                PREFIX lskg: <https://w3id.org/lskg/ontology#>
                SELECT ?source (COUNT(?s) AS ?n) { GRAPH ?g { ?d lskg:sourceFile ?source ; lskg:hasSentence ?s } }
                GROUP BY ?source ORDER BY ?source""");
        assertEquals(0, r.exitCode(), r.err());
        List<String> counted = r.out().lines().skip(1).toList();
        List<String> read = rows("documents.rq").stream()
                .map(row -> row.substring(0, row.indexOf(',')) + "," + row.substring(row.lastIndexOf(',') + 1))
                .sorted().toList();
        assertEquals(5, counted.size());
        assertEquals(counted, read);
    }

    @Test
    void theProvincialPlanInDateOrder() {
        List<String> rows = rows("sentences-mentioning.rq");
        assertTrue(rows.get(0).startsWith("2021-11-28,001_df7bcefca2f647a1.txt,2.,\"Khẩn trương hoàn thành lập Quy hoạch tỉnh Lạng Sơn"),
                rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("2024-01,000_3758fa920d041f6d.txt,3.,\"Tập trung hoàn thiện, trình Thủ tướng")),
                rows.toString());
    }

    @Test
    void whatTheProvincialCommitteeWasAssigned() {
        List<String> rows = rows("commitments-of-body.rq");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("2021-11-28,001_df7bcefca2f647a1.txt,lead,2021-11-30,")),
                rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.contains(",lead,") || r.contains(",partner,")));
    }

    @Test
    void everyMentionOfNationalRoad4B() {
        List<String> rows = rows("mentions-of-entity.rq");
        assertTrue(rows.get(0).startsWith("2021-11-28,001_df7bcefca2f647a1.txt,Quốc lộ 4B,"), rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("2024-04,004_469af22caf73baeb.txt,")), rows.toString());
    }

    @Test
    void targetsOf2024() {
        List<String> rows = rows("targets-of-year.rq");
        assertTrue(rows.contains("003_1a7c978e25c4247f.txt,Tốc độ tăng trưởng kinh tế (GRDP),7 - 7,5,%")
                || rows.contains("003_1a7c978e25c4247f.txt,Tốc độ tăng trưởng kinh tế (GRDP),\"7 - 7,5\",%"), rows.toString());
        assertTrue(rows.size() >= 30, "the resolution sets its 2024 targets: " + rows.size());
    }
}
