package org.lskg.cli;

import org.lskg.Pipeline;
import org.lskg.document.DocumentException;
import org.lskg.document.ParsedDocument;
import org.lskg.rdf.DocumentGraph;
import org.lskg.store.ShaclValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code lskg extract}: show what one document yields, without a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print what one document yields, as Turtle, without touching a store; with --explain,",
                "each extracted fact (entity, commitment, legal reference, target, figure) under its sentence."},
        footer = {"", "Examples:", "  lskg extract documents/001_df7bcefca2f647a1.txt",
                "  lskg extract --explain documents/001_df7bcefca2f647a1.txt"})
final class ExtractCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A document (.txt, .md, .pdf, .docx, .html).")
    Path file;

    @Option(names = "--explain", description = "List each fact beside the sentence it came from instead of Turtle.")
    boolean explain;

    @Override
    protected int run() {
        if (!Files.isRegularFile(file)) {
            throw new UserException(ExitCodes.USAGE, file + ": no such file");
        }
        Pipeline pipeline = Pipeline.create();
        if (explain) {
            try {
                ParsedDocument doc = pipeline.parse(file);
                new Explainer(out()).explain(doc, pipeline.facts(doc, p -> warn(p.describe())));
            } catch (DocumentException e) {
                throw new UserException(ExitCodes.BAD_INPUT, file + ": " + e.getMessage());
            }
            return ExitCodes.OK;
        }
        // the graph a build would load: the same facts, the same shapes, the same losses reported
        TurtleAhead turtle = new TurtleAhead();
        Pipeline.Prepared prepared = pipeline.prepare(file, turtle.writingWhile(ShaclValidator.fromClasspath()));
        if (prepared instanceof Pipeline.Prepared.Refused refused) {
            throw new UserException(ExitCodes.BAD_INPUT, file + ": " + refused.reason());
        }
        if (prepared instanceof Pipeline.Prepared.Failed failed) {
            err().println("lskg extract: " + file + ": internal error: " + Failures.describe(failed.error()));
            return ExitCodes.INTERNAL;
        }
        Pipeline.Prepared.Ready ready = (Pipeline.Prepared.Ready) prepared;
        ready.warnings().forEach(this::warn);
        DocumentGraph g = ready.graph();
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out().printf("# %s -> graph <%s>%n", file.getFileName(), g.graphName().getURI());
        out().flush();
        turtle.write(g.graph(), stdout);
        return ExitCodes.OK;
    }

    private void warn(String message) {
        err().printf("warning  %s: %s%n", file, message);
        err().flush();
    }
}
