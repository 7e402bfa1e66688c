package org.lskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.testing.Corpus;

/** {@code lskg trace} on the seed store: selections, formats, --as-of and usage errors. */
class TraceCommandTest {
    @TempDir static Path tmp;
    private static String store;

    @BeforeAll
    static void build() {
        store = tmp.resolve("store").toString();
        assertEquals(ExitCodes.OK, Cli.run("build", "--input", Corpus.documents().toString(), "--store", store, "--quiet").exitCode());
    }

    @Test
    void textShowsTheMasterPlanTimelineInDateOrder() {
        Cli.Run r = Cli.run("trace", "--store", store, "--entity", "quy hoach tinh lang son", "--year", "2021");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("Commitment trace as of 2024-04-01"), out);
        assertTrue(out.contains("[overdue] Khẩn trương hoàn thành lập Quy hoạch tỉnh Lạng Sơn"), out);
        int nov = out.indexOf("2023-11     002_7fc097a99f4f5691.txt");
        int dec = out.indexOf("2023-12-08  003_1a7c978e25c4247f.txt");
        int jan = out.indexOf("2024-01     000_3758fa920d041f6d.txt");
        assertTrue(0 < nov && nov < dec && dec < jan, out);
        assertTrue(out.endsWith("1 commitment.\n") || out.endsWith("1 commitment.\r\n"), out);
    }

    @Test
    void asOfChangesTheStatusAndJsonCarriesIt() {
        Cli.Run nothing = Cli.run("trace", "--store", store, "--document", "002_7fc097a99f4f5691.txt",
                "--entity", "no such entity", "--format", "json");
        assertEquals(0, JSON.parse(nothing.out()).get("timelines").getAsArray().size());

        Cli.Run later = Cli.run("trace", "--store", store, "--answered-by", "000_3758fa920d041f6d.txt",
                "--status", "fulfilled", "--format", "json");
        JsonObject json = JSON.parse(later.out());
        assertEquals("2024-04-01", json.get("asOf").getAsString().value());
        // the centre's task, done by 1725/QĐ-TTg, among the fulfilled tasks 000 answers
        assertTrue(json.get("timelines").getAsArray().stream().anyMatch(t -> t.getAsObject().get("text").getAsString()
                .value().startsWith("Tiếp tục tham mưu ngay việc thành lập Trung tâm")), later.out());

        Cli.Run earlier = Cli.run("trace", "--store", store, "--document", "002_7fc097a99f4f5691.txt",
                "--status", "fulfilled", "--as-of", "2023-12-31", "--format", "json");
        assertEquals(0, JSON.parse(earlier.out()).get("timelines").getAsArray().size());
    }

    @Test
    void htmlIsOneSelfContainedPageWithATimelineDrawing() throws IOException {
        Path page = tmp.resolve("trace.html");
        Cli.Run r = Cli.run("trace", "--store", store, "--entity", "Quốc lộ 4B", "--format", "html", "--out", page.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg") && html.contains("<circle"), html);
        assertFalse(html.contains("http://") && html.contains("src="), "no external resources");
        assertFalse(html.contains("<script"));
    }

    @Test
    void markdownHasATablePerCommitment() {
        Cli.Run r = Cli.run("trace", "--store", store, "--commitment",
                "https://w3id.org/lskg/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp/commitment/49-1", "--format", "markdown");
        assertTrue(r.out().contains("## in_progress: Ủy ban nhân dân tỉnh Lạng Sơn làm việc với Bộ Giao thông vận tải"), r.out());
        assertTrue(r.out().contains("| date | document | statement | signals |"));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, Cli.run("trace", "--store", store, "--as-of", "tháng 1").exitCode());
        assertEquals(ExitCodes.USAGE, Cli.run("trace", "--store", store, "--status", "done").exitCode());
        assertEquals(ExitCodes.USAGE, Cli.run("trace", "--store", store, "--format", "pdf").exitCode());
        assertEquals(ExitCodes.USAGE, Cli.run("trace", "--store", tmp.resolve("missing").toString()).exitCode());
    }
}
