package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.server.LskgServer;
import org.lskg.testing.Corpus;

/** lskg's pages show what the store holds: values checked against SPARQL over the same seed store. */
class PagesTest {

    private static final String UBND = "https://w3id.org/lskg/id/body/uy-ban-nhan-dan-tinh-lang-son";
    private static LskgServer server;
    private static String origin;

    @BeforeAll
    static void start() {
        server = SeedStore.server().build().start();
        origin = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String page(String path, String lang) {
        HttpResponse<String> r = Http.get(origin + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), path);
        return r.body();
    }

    private static List<String> all(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void homeListsEveryDocument() {
        String html = page("/", "vi");
        for (String source : SeedStore.column(SeedStore.PREFIXES + "SELECT ?f { GRAPH ?g { ?d a lskg:Document ; lskg:sourceFile ?f } }")) {
            assertTrue(html.contains(source) || html.contains("320/TB-VPCP"), source);
        }
        assertTrue(html.contains("Nhiệm vụ được giao cho các cơ quan"));
        assertTrue(page("/", "en").contains("Commitments of government bodies"));
        // the derived graphs have a source file too ("trace"), but are no documents
        assertTrue(!html.contains("/graph/trace"), "the trace graph listed as a document");
    }

    /** The home page's counts, read per graph and from each document's sentence count, are the distinct resources. */
    @Test
    void homeCountsWhatTheStoreHolds() {
        String html = page("/", "en");
        assertTrue(!html.contains("id=\"documents-more\""), "the 5 seed documents are all listed");
        for (String c : List.of("Document", "Sentence", "Commitment", "Body", "FollowUp")) {
            String n = SeedStore.value(SeedStore.PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a lskg:" + c + " }");
            assertTrue(Integer.parseInt(n) > 0, c);
            assertTrue(html.contains("<li><strong>" + n + "</strong>"), c + " " + n);
        }
    }

    @Test
    void documentPage() {
        String html = page("/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp", "en");
        assertTrue(html.contains("320/TB-VPCP"));
        assertTrue(html.contains("Văn phòng Chính phủ"));
        String commitments = SeedStore.value(SeedStore.PREFIXES + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a lskg:Commitment ; "
                + "lskg:statedIn <https://w3id.org/lskg/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp> }");
        assertTrue(html.contains("Commitments (" + commitments + ")"), "commitment count " + commitments);
        String sentences = SeedStore.value(SeedStore.PREFIXES + "SELECT (COUNT(?s) AS ?n) { "
                + "<https://w3id.org/lskg/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp> lskg:hasSentence ?s }");
        assertEquals(Integer.parseInt(sentences), all(Pattern.compile("<li id=\"s(\\d+)\""), html).size());
        assertTrue(html.contains("class=\"outline\""));
    }

    @Test
    void entityPageListsMentionsInDateOrder() {
        String html = page("/id/body/uy-ban-nhan-dan-tinh-lang-son", "vi");
        assertTrue(html.contains("Ủy ban nhân dân tỉnh Lạng Sơn"));
        assertTrue(html.contains("/accountability/body/uy-ban-nhan-dan-tinh-lang-son"));
        String section = html.substring(html.indexOf("id=\"mentions\""));
        List<String> dates = all(Pattern.compile("<tr><td>([0-9-]+)</td>"), section);
        assertTrue(dates.size() > 5, "mentions: " + dates.size());
        assertEquals(dates.stream().sorted().toList(), dates);
        // under 20 documents mention it: every mention is shown, and the page does not say "the latest"
        String mentions = SeedStore.value(SeedStore.PREFIXES + "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?surface { "
                + "?m lskg:refersTo <" + UBND + "> ; lskg:inSentence ?s . OPTIONAL { ?m lskg:surfaceForm ?surface } } }");
        assertTrue(html.contains("(" + mentions + ")</h2>"), "mentions " + mentions);
        assertTrue(!section.contains("id=\"mentions-more\""));
        // and under 20 documents state its tasks: the page does not say "the latest" of them either
        assertTrue(!html.contains("id=\"commitments-more\""));
    }

    @Test
    void commitmentPageShowsStatusAndTimeline() {
        String iri = SeedStore.masterPlanCommitment();
        String html = page(iri.substring(IriSpace.CANONICAL.length() - 1), "en");
        String status = SeedStore.value(SeedStore.PREFIXES + "SELECT ?n { ?a lskg:ofCommitment <" + iri
                + "> ; lskg:status/skos:notation ?n }");
        assertTrue(html.contains("status status-" + status), status);
        // the date the status holds on, stated once for the trace graph
        String asOf = SeedStore.value(SeedStore.PREFIXES + "SELECT ?d { <https://w3id.org/lskg/graph/trace> lskg:asOf ?d }");
        assertTrue(html.contains("<span class=\"asof\">as of " + asOf + "</span>"), asOf);
        List<String> dates = all(Pattern.compile("<circle class=\"point (?:stated|followup)\"[^>]*data-date=\"([^\"]+)\""), html);
        List<String> expected = SeedStore.column(SeedStore.PREFIXES + "SELECT DISTINCT ?d { { <" + iri
                + "> lskg:statedIn/dct:issued ?x } UNION { ?f a lskg:FollowUp ; lskg:ofCommitment <" + iri
                + "> ; lskg:evidenceDate ?x } BIND (STR(?x) AS ?d) } ORDER BY ?d");
        assertEquals(expected, dates);
        assertTrue(dates.size() >= 4, "dated points: " + dates);
        assertTrue(html.contains("id=\"reason\""));
    }

    @Test
    void accountabilityPageCountsByStatus() {
        String html = page("/accountability/body/uy-ban-nhan-dan-tinh-lang-son", "en");
        String total = SeedStore.value(SeedStore.PREFIXES + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a lskg:Commitment ; "
                + "lskg:leadBody|lskg:partnerBody|lskg:responsibleBody <" + UBND + "> }");
        assertTrue(html.contains("<strong id=\"total\">" + total + "</strong>"), "total " + total);
        String overdue = SeedStore.value(SeedStore.PREFIXES + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a lskg:Commitment ; "
                + "lskg:leadBody|lskg:partnerBody|lskg:responsibleBody <" + UBND + "> . ?a lskg:ofCommitment ?c ; "
                + "lskg:status <https://w3id.org/lskg/id/status/overdue> }");
        long share = Math.round(100.0 * Integer.parseInt(overdue) / Integer.parseInt(total));
        assertTrue(html.contains("<strong id=\"overdue-share\">" + share + "%</strong>"), "share " + share);
        assertTrue(html.contains("id=\"by-year\""));
        String list = page("/accountability", "en");
        assertTrue(list.contains("/accountability/body/uy-ban-nhan-dan-tinh-lang-son"));
        // the list's numbers (counted per graph, the overdue ones from the trace) are the distinct commitments
        String responsible = SeedStore.value(SeedStore.PREFIXES + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a lskg:Commitment ; "
                + "lskg:responsibleBody <" + UBND + "> }");
        String late = SeedStore.value(SeedStore.PREFIXES + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a lskg:Commitment ; "
                + "lskg:responsibleBody <" + UBND + "> . ?a lskg:ofCommitment ?c ; "
                + "lskg:status <https://w3id.org/lskg/id/status/overdue> }");
        assertTrue(Integer.parseInt(late) > 0, late);
        assertTrue(list.contains("/accountability/body/uy-ban-nhan-dan-tinh-lang-son\" lang=\"vi\">Ủy ban nhân dân tỉnh Lạng Sơn</a></td>"
                + "<td class=\"num\">" + responsible + "</td><td class=\"num\">" + late + "</td>"), responsible + " " + late);
        assertEquals(404, Http.get(origin + "/accountability/body/no-such-body").statusCode());
    }

    @Test
    void queryPageRunsEveryCannedQuery() throws Exception {
        String list = page("/query", "en");
        try (var files = java.nio.file.Files.list(Corpus.queries())) {
            for (String name : files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList()) {
                assertTrue(list.contains("/query?name=" + name), name);
                String html = page("/query?name=" + name, "en");
                assertTrue(html.contains("id=\"results\""), name);
            }
        }
        String documents = page("/query?name=documents", "en");
        assertTrue(documents.contains("<span id=\"row-count\">5</span>"));
        String typed = page("/query?query=" + URLEncoder.encode("SELECT ?c { ?c a lskg:Commitment } LIMIT 3",
                StandardCharsets.UTF_8), "en");
        assertTrue(typed.contains("<span id=\"row-count\">3</span>"), "predeclared prefixes");
        HttpResponse<String> bad = Http.get(origin + "/query?query=SELEC");
        assertEquals(400, bad.statusCode());
    }

    @Test
    void queryPageTakesLongQueriesByPost() {
        String form = "query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> r = Http.post(origin + "/query", "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"));
    }

    @Test
    void fusekiUiAtItsOwnPath() {
        HttpResponse<String> ui = Http.get(origin + "/fuseki/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<title>Apache Jena Fuseki UI</title>"));
        assertTrue(ui.body().contains("/static/fuseki-read-only.css"));
        HttpResponse<String> server = Http.get(origin + "/fuseki/$/server");
        assertEquals(307, server.statusCode());
        assertEquals("/$/server", server.headers().firstValue("Location").orElseThrow());
        assertEquals(200, Http.get(origin + "/$/server").statusCode());
        String script = ui.body().replaceAll("(?s).*src=\"\\./(static/[^\"]+\\.js)\".*", "$1");
        assertEquals(200, Http.get(origin + "/fuseki/" + script).statusCode());
        assertTrue(Http.get(origin + "/static/fuseki-read-only.css").body().contains("upload"));
    }
}
