package org.lskg.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.lskg.Pipeline;
import org.lskg.SourceFiles;
import org.lskg.server.LskgServer;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import org.lskg.store.ResultFormat;
import org.lskg.store.ShaclValidator;
import org.lskg.testing.Corpus;

/**
 * The seed corpus built once per test JVM into a temporary store, as {@code lskg build --input documents} does
 * (text index and trace graph included), shared by the web tests, which only read it. Building takes about a
 * minute, so it is done once; the store is closed when the JVM exits.
 */
final class SeedStore {

    private static LskgStore store;

    private SeedStore() {}

    static synchronized LskgStore get() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("lskg-web-seeds-");
                LskgStore s = LskgStore.open(dir.resolve("store"), ShaclValidator.fromClasspath());
                Pipeline.BuildReport report = Pipeline.create().build(s, SourceFiles.collect(List.of(Corpus.documents())),
                        new Pipeline.BuildListener() {
                            @Override
                            public void loaded(Path file, LoadOutcome outcome) {}

                            @Override
                            public void rejected(Path file, String reason) {
                                throw new AssertionError(file + " rejected: " + reason);
                            }
                        });
                if (report.loaded() != 5) {
                    throw new AssertionError("expected the 5 seeds, loaded " + report.loaded());
                }
                Runtime.getRuntime().addShutdownHook(new Thread(s::close));
                store = s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** A server over the seed store on a free port, as {@code lskg serve} makes it; the caller closes it. */
    static LskgServer.Builder server() {
        LskgStore s = get();
        return LskgServer.create().dataset(s.dataset()).port(0).dumps(s::export);
    }

    /** The values of the first column of a SELECT over the seed store. */
    static List<String> column(String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        get().query(sparql, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).map(l -> l.replaceAll("^\"|\"$", "")).toList();
    }

    /** The value of a one-row, one-column SELECT. */
    static String value(String sparql) {
        List<String> values = column(sparql);
        if (values.size() != 1) {
            throw new AssertionError("expected one row, got " + values + " for " + sparql);
        }
        return values.get(0);
    }

    static final String PREFIXES = """
            PREFIX lskg: <https://w3id.org/lskg/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX text: <http://jena.apache.org/text#>
            """;

    /** The master plan task of 320/TB-VPCP: "Khẩn trương hoàn thành lập Quy hoạch tỉnh Lạng Sơn ...". */
    static String masterPlanCommitment() {
        return value(PREFIXES + """
                SELECT ?c { ?c a lskg:Commitment ; lskg:text ?t ; lskg:statedIn/lskg:documentNumber "320/TB-VPCP"
                            FILTER (STRSTARTS(?t, "Khẩn trương hoàn thành lập Quy hoạch tỉnh Lạng Sơn")) }""");
    }
}
