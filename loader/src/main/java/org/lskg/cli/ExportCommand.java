package org.lskg.cli;

import org.lskg.store.ExportFormat;
import org.lskg.store.LskgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/** {@code lskg export}: write the store, or one document's graph, as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole store, or one document's graph, as Turtle (the union graph),",
                "TriG or N-Quads (one named graph per document) or JSON-LD.",
                "The whole store streams in bounded memory: N-Quads sorted (the same store gives the same bytes),",
                "Turtle and TriG in blocks; one graph is written pretty. JSON-LD is for one graph or a small store."},
        footer = {"", "Examples:", "  lskg export --format trig --out lskg.trig",
                "  lskg export --format nquads --gzip --out lskg.nq.gz",
                "  lskg export --format turtle --graph https://w3id.org/lskg/graph/doc/van-phong-chinh-phu/2021/320-tb-vpcp"})
final class ExportCommand extends BaseCommand {

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, trig, nquads or jsonld (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = {"-g", "--graph"}, paramLabel = "IRI", description = "Export only this named graph.")
    String graph;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path outFile;

    @Option(names = {"-z", "--gzip"}, description = "Compress the output with gzip (for dumps: lskg.nq.gz).")
    boolean gzip;

    @Override
    protected int run() {
        try (LskgStore s = store.openExisting()) {
            if (graph != null && !s.graphNames().contains(graph)) {
                throw new UserException(ExitCodes.BAD_INPUT, "no graph <" + graph + "> in " + store.store);
            }
            try (OutputStream out = gzip ? new GZIPOutputStream(open(), 1 << 16) : open()) {
                s.export(format, Optional.ofNullable(graph), out);
            }
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, "cannot write " + (outFile == null ? "output" : outFile)
                    + ": " + e.getMessage());
        }
        return ExitCodes.OK;
    }

    private OutputStream open() throws IOException {
        if (outFile == null) {
            return new BufferedOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush(); // never close standard output
                }
            };
        }
        Path parent = outFile.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return new BufferedOutputStream(Files.newOutputStream(outFile));
    }
}
