package org.lskg.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lskg.testing.Corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * The rows of {@code query} with its parameter line {@code values} replaced by {@code replacement}, as an analyst
     * edits the VALUES of a canned query; fails if the query no longer holds that line.
     */
    private static List<String> rows(String query, String values, String replacement) throws IOException {
        String text = Files.readString(Corpus.queries().resolve(query), StandardCharsets.UTF_8);
        assertTrue(text.contains(values), query + " has no " + values);
        Path edited = tmp.resolve(query);
        Files.writeString(edited, text.replace(values, replacement), StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("query", edited.toString(), "--store", store, "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        return r.out().lines().skip(1).toList();
    }

    /**
     * The first page of {@code query} starts with the first seed (320/TB-VPCP, 2021-11-28); the page after it, its
     * VALUES set to that document's issued and source, is every row but that document's and starts with
     * {@code nextDocument}'s, the next in date order that has rows. Seeds fit in one page: this is the whole answer.
     */
    private static void assertNextPageIsAllButTheFirstDocument(String query, String nextDocument) throws IOException {
        String first = "2021-11-28,001_df7bcefca2f647a1.txt,";
        List<String> all = rows(query);
        List<String> next = rows(query, "(\"\" \"\")", "(\"2021-11-28\" \"001_df7bcefca2f647a1.txt\")");
        assertTrue(all.get(0).startsWith(first), all.get(0));
        assertTrue(next.get(0).startsWith(nextDocument), next.toString());
        assertEquals(all.stream().filter(r -> !r.startsWith(first)).toList(), next);
    }

    @Test
    void documentsInDateOrder() {
        List<String> rows = rows("documents.rq");
        assertEquals(5, rows.size());
        assertEquals("001_df7bcefca2f647a1.txt,Thông báo,320/TB-VPCP,2021-11-28,Văn phòng Chính phủ,63", rows.get(0));
    }

    /** The next page starts after the date and file name of the last row read: here after the second document. */
    @Test
    void documentsPageAfterTheLastRowRead() throws IOException {
        List<String> first = rows("documents.rq");
        List<String> next = rows("documents.rq", "(\"\" \"\")", "(\"2023-11\" \"002_7fc097a99f4f5691.txt\")");
        assertEquals(first.subList(2, 5), next);
        assertTrue(next.get(0).startsWith("003_1a7c978e25c4247f.txt,Nghị quyết,,2023-12-08,"), next.get(0));
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

    /** A page holds every such sentence of its documents; the next starts with the next document in date order. */
    @Test
    void theProvincialPlanPageAfterTheFirstDocument() throws IOException {
        assertNextPageIsAllButTheFirstDocument("sentences-mentioning.rq", "2023-11,002_7fc097a99f4f5691.txt,");
    }

    @Test
    void whatTheProvincialCommitteeWasAssigned() {
        List<String> rows = rows("commitments-of-body.rq");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("2021-11-28,001_df7bcefca2f647a1.txt,lead,2021-11-30,")),
                rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.contains(",lead,") || r.contains(",partner,")));
    }

    /** A page holds every task of its documents; the next starts with the next document in date order. */
    @Test
    void whatTheProvincialCommitteeWasAssignedPageAfterTheFirstDocument() throws IOException {
        assertNextPageIsAllButTheFirstDocument("commitments-of-body.rq", "2023-12-08,003_1a7c978e25c4247f.txt,");
    }

    /** The thing is chosen by its label as stored: the projects whose names hold "Quốc lộ 4B" are other things. */
    @Test
    void everyMentionOfNationalRoad4B() {
        List<String> rows = rows("mentions-of-entity.rq");
        assertTrue(rows.get(0).startsWith("2021-11-28,001_df7bcefca2f647a1.txt,Quốc lộ 4B,"), rows.get(0));
        assertTrue(rows.stream().allMatch(r -> r.split(",")[2].equals("Quốc lộ 4B")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("2024-04,004_469af22caf73baeb.txt,")), rows.toString());
    }

    /** A page holds every mention of its documents; the next starts with the next document in date order. */
    @Test
    void mentionsOfNationalRoad4BPageAfterTheFirstDocument() throws IOException {
        assertNextPageIsAllButTheFirstDocument("mentions-of-entity.rq", "2023-11,002_7fc097a99f4f5691.txt,");
    }

    /** Two documents set 2024 targets: the resolution (35) and the April notice (2); a page starts after a file name. */
    @Test
    void targetsOf2024PageAfterTheResolution() throws IOException {
        List<String> next = rows("targets-of-year.rq", "\"2024\"^^xsd:gYear \"\")",
                "\"2024\"^^xsd:gYear \"003_1a7c978e25c4247f.txt\")");
        assertEquals(2, next.size(), next.toString());
        assertTrue(next.stream().allMatch(r -> r.startsWith("004_469af22caf73baeb.txt,")), next.toString());
    }

    @Test
    void targetsOf2024() {
        List<String> rows = rows("targets-of-year.rq");
        assertTrue(rows.contains("003_1a7c978e25c4247f.txt,Tốc độ tăng trưởng kinh tế (GRDP),7 - 7,5,%")
                || rows.contains("003_1a7c978e25c4247f.txt,Tốc độ tăng trưởng kinh tế (GRDP),\"7 - 7,5\",%"), rows.toString());
        assertTrue(rows.size() >= 30, "the resolution sets its 2024 targets: " + rows.size());
    }

    /** The portable forms of queries/portable/: one for each canned query that calls an lskg property function. */
    static Stream<String> portableForms() throws IOException {
        try (Stream<Path> files = Files.list(Corpus.queries().resolve("portable"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        }
    }

    /** Whether the query of {@code file}, its comments left out, calls one of lskg's property functions. */
    private static boolean callsAnLskgFunction(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).lines().filter(l -> !l.strip().startsWith("#"))
                    .anyMatch(l -> l.contains("lskg:graphDocument") || l.contains("lskg:documentsMentioning"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rows of {@code file} with {@code values} replaced by {@code replacement} (nothing if blank), sorted. */
    private static List<String> sortedRows(Path file, String values, String replacement) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(values), file + " has no " + values);
        Path edited = Files.createTempFile(tmp, "portable", ".rq");
        Files.writeString(edited, text.replace(values, replacement), StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("query", edited.toString(), "--store", store, "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        return r.out().lines().skip(1).sorted().toList();
    }

    /**
     * A portable form (SPARQL 1.1 alone, for stores without lskg's functions) answers what lskg's form answers:
     * its first page, and the page after the first seed (or, for targets-of-year, after the resolution).
     */
    @ParameterizedTest
    @MethodSource("portableForms")
    void thePortableFormAnswersAsLskgsForm(String name) throws IOException {
        Path lskg = Corpus.queries().resolve(name);
        Path portable = Corpus.queries().resolve("portable").resolve(name);
        assertTrue(callsAnLskgFunction(lskg), name);
        assertTrue(!callsAnLskgFunction(portable), name);
        boolean byYear = name.equals("targets-of-year.rq");
        String values = byYear ? "\"2024\"^^xsd:gYear \"\")" : "(\"\" \"\")";
        String next = byYear ? "\"2024\"^^xsd:gYear \"003_1a7c978e25c4247f.txt\")"
                : "(\"2021-11-28\" \"001_df7bcefca2f647a1.txt\")";
        List<String> first = sortedRows(lskg, values, values);
        assertTrue(first.size() >= 2, name + ": " + first);
        assertEquals(first, sortedRows(portable, values, values), name);
        List<String> after = sortedRows(lskg, values, next);
        assertTrue(!after.isEmpty() && after.size() < first.size(), name + ": " + after);
        assertEquals(after, sortedRows(portable, values, next), name);
    }

    /** Every canned query that calls one of lskg's property functions has a portable form that does not. */
    @Test
    void everyQueryWithAnLskgFunctionHasAPortableForm() throws IOException {
        List<String> portable = portableForms().toList();
        try (Stream<Path> files = Files.list(Corpus.queries())) {
            List<String> calling = files.filter(f -> f.toString().endsWith(".rq"))
                    .filter(AnalystQueriesTest::callsAnLskgFunction)
                    .map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(5, calling.size(), calling.toString());
            assertEquals(calling, portable);
        }
    }
}
