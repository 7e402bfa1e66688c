package org.lskg.cli;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;
import org.lskg.testing.Corpus;
import org.lskg.testing.Rdf4jModels;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end on the seed corpus: build, query, export, validate, extract, exit codes. */
class CliTest {

    @TempDir
    Path tmp;

    private String store(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void helpExplainsEveryCommandAndTheExitCodes() {
        Cli.Run r = Cli.run("--help");
        assertEquals(0, r.exitCode());
        for (String cmd : List.of("build", "query", "export", "validate", "serve", "extract")) {
            assertTrue(r.out().contains("  " + cmd), cmd + " missing from:\n" + r.out());
        }
        assertTrue(r.out().contains("Exit codes:"));
        assertTrue(Cli.run("build", "--help").out().contains("Example:"));
    }

    @Test
    void seedCorpusBuildsAndAnswersTheDocumentsQuery() {
        Cli.Run build = Cli.run("build", "--input", Corpus.documents().toString(), "--store", store("s"));
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.out().contains("Loaded 5 of 5 documents"), build.out());

        Cli.Run q = Cli.run("query", Corpus.queries().resolve("eval/documents.rq").toString(),
                "--store", store("s"), "--format", "csv");
        assertEquals(0, q.exitCode(), q.err());
        assertEquals(String.join("\r\n",
                "source,type,number,issued,issuer,signer",
                "000_3758fa920d041f6d.txt,Thông báo,,2024-01,Ủy ban nhân dân tỉnh Lạng Sơn,Phạm Hùng Trường",
                "001_df7bcefca2f647a1.txt,Thông báo,320/TB-VPCP,2021-11-28,Văn phòng Chính phủ,",
                "002_7fc097a99f4f5691.txt,Báo cáo,,2023-11,Ủy ban nhân dân tỉnh Lạng Sơn,Dương Xuân Huyên",
                "003_1a7c978e25c4247f.txt,Nghị quyết,,2023-12-08,Hội đồng nhân dân tỉnh Lạng Sơn,",
                "004_469af22caf73baeb.txt,Thông báo,,2024-04,Ủy ban nhân dân tỉnh Lạng Sơn,Dương Văn Chiêu") + "\r\n",
                q.out());

        Cli.Run v = Cli.run("validate", "--store", store("s"));
        assertEquals(0, v.exitCode(), v.out());
    }

    @Test
    void badFilesAreReportedOneLineEachAndTheOthersLoad() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        Files.writeString(in.resolve("recipe.md"), "# Phở bò\n\nNấu nước dùng từ xương bò trong 6 giờ.\n");
        String seed = Files.readString(Corpus.seed("001"), StandardCharsets.UTF_8);
        Files.write(in.resolve("utf16.txt"), ("\uFEFF" + seed).getBytes(StandardCharsets.UTF_16LE));
        Files.copy(Corpus.seed("004"), in.resolve("004.txt"));

        Cli.Run r = Cli.run("build", "--input", in.toString(), "--store", store("s"));
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.out().contains("Loaded 2 of 5 documents"), r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertTrue(lines.get(0).endsWith("empty.txt: empty file"), lines.get(0));
        assertTrue(lines.get(1).endsWith("image.txt: binary file, not text"), lines.get(1));
        assertTrue(lines.get(2).contains("recipe.md: not a government document"), lines.get(2));
        assertTrue(r.err().lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(ExitCodes.USAGE, Cli.run("build", "--input", tmp.resolve("missing").toString(),
                "--store", store("s")).exitCode());
        assertEquals(ExitCodes.USAGE, Cli.run("query", "--store", store("s")).exitCode());
        assertEquals(ExitCodes.USAGE, Cli.run("frobnicate").exitCode());
        assertEquals(ExitCodes.USAGE, Cli.run("export", "--store", tmp.resolve("nothing").toString()).exitCode());
    }

    @Test
    void aBadQueryNamesWhereItFails() {
        Cli.run("build", "--input", Corpus.seed("001").toString(), "--store", store("s"));
        Cli.Run r = Cli.run("query", "-e", "SELECT ?x WHERE { ?x ?y }", "--store", store("s"));
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("line 1, column"), r.err());
    }

    @Test
    void buildsAreDeterministicWhateverTheOrderAndReloadingChangesNothing() throws IOException {
        String a = store("a");
        String b = store("b");
        Cli.run("build", "--input", Corpus.documents().toString(), "--store", a);
        for (String seed : List.of("004", "003", "002", "001", "000")) {
            Cli.run("build", "--input", Corpus.seed(seed).toString(), "--store", b);
        }
        Path qa = tmp.resolve("a.nq");
        Path qb = tmp.resolve("b.nq");
        Cli.run("export", "--store", a, "--format", "nquads", "--out", qa.toString());
        Cli.run("export", "--store", b, "--format", "nquads", "--out", qb.toString());
        assertTrue(Files.size(qa) > 100_000);
        assertArrayEquals(Files.readAllBytes(qa), Files.readAllBytes(qb));

        Cli.run("build", "--input", Corpus.documents().toString(), "--store", a);
        Path again = tmp.resolve("again.nq");
        Cli.run("export", "--store", a, "--format", "nquads", "--out", again.toString());
        assertArrayEquals(Files.readAllBytes(qa), Files.readAllBytes(again));
    }

    @Test
    void exportsReparseWithRdf4jIsomorphicToTheStore() throws IOException {
        String s = store("s");
        Cli.run("build", "--input", Corpus.documents().toString(), "--store", s);
        Model quads;
        Model union;
        try (LskgStore st = LskgStore.open(Path.of(s), ShaclValidator.fromClasspath())) {
            quads = Rdf4jModels.quads(st.dataset());
            union = Rdf4jModels.union(st.dataset());
        }
        assertTrue(Models.isomorphic(quads, parse(export(s, "trig"), RDFFormat.TRIG)), "TriG");
        assertTrue(Models.isomorphic(quads, parse(export(s, "nquads"), RDFFormat.NQUADS)), "N-Quads");
        assertTrue(Models.isomorphic(union, parse(export(s, "turtle"), RDFFormat.TURTLE)), "Turtle");
        assertTrue(Files.readString(export(s, "turtle")).contains("@prefix lskg:"));
    }

    @Test
    void oneDocumentGraphExportsAlone() throws IOException {
        String s = store("s");
        Cli.run("build", "--input", Corpus.documents().toString(), "--store", s);
        Path out = tmp.resolve("320.ttl");
        Cli.Run r = Cli.run("export", "--store", s, "--format", "turtle", "--out", out.toString(),
                "--graph", "https://w3id.org/lskg/graph/doc/van-phong-chinh-phu/2021/320-tb-vpcp");
        assertEquals(0, r.exitCode(), r.err());
        String ttl = Files.readString(out);
        assertTrue(ttl.contains("\"320/TB-VPCP\""));
        assertTrue(!ttl.contains("Dương Văn Chiêu"), "other documents stay out");
    }

    @Test
    void extractPrintsTurtleWithoutAStore() {
        Cli.Run r = Cli.run("extract", Corpus.seed("001").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("lskg:documentNumber") && r.out().contains("\"320/TB-VPCP\""), r.out());
    }

    /**
     * A real header over 2 MB of one task clause (some 737,000 triples): refused with one line, counted while it
     * is read, at the real limit on a document's graph, as any bad input is.
     */
    @Test
    void extractRefusesADocumentWhoseGraphPassesTheLimitWithOneLine() throws IOException {
        String seed = Files.readString(Corpus.seed("001"), StandardCharsets.UTF_8);
        Path dense = Files.writeString(tmp.resolve("dense.txt"), seed.substring(0, seed.indexOf("I. ĐÁNH GIÁ CHUNG"))
                + "I. NHIỆM VỤ\n\n" + "Bộ Giao thông vận tải chủ trì, phối hợp với tỉnh Lạng Sơn hoàn thiện hồ sơ dự án; ".repeat(24_000));
        Cli.Run r = Cli.run("extract", dense.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("lskg extract: " + dense + ": its graph passes lskg's limit of 200,000 triples"
                + " for one document ("), r.err());
        assertTrue(r.err().strip().endsWith("; split the document"), r.err());
    }

    private Path export(String store, String format) {
        Path out = tmp.resolve("export." + format);
        Cli.Run r = Cli.run("export", "--store", store, "--format", format, "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    private static Model parse(Path file, RDFFormat format) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Rio.parse(in, "", format);
        }
    }
}
