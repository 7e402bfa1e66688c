package org.lskg.cli;

import org.apache.jena.query.QueryParseException;
import org.lskg.store.LskgStore;
import org.lskg.store.ResultFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code lskg query}: run SPARQL over the store's union graph. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query over the store. The default graph is the union of all documents;",
                "GRAPH ?g reaches one document's graph. SELECT results print as a table, CSV or TSV",
                "(SPARQL 1.1 formats), JSON or XML; CONSTRUCT/DESCRIBE print Turtle (JSON-LD for json)."},
        footer = {"", "Examples:", "  lskg query queries/eval/documents.rq --format csv",
                "  lskg query -e 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }'"})
final class QueryCommand extends BaseCommand {

    static final class Source {
        @Parameters(index = "0", paramLabel = "FILE.rq", description = "File holding the query.")
        Path file;

        @Option(names = {"-e", "--expr"}, paramLabel = "TEXT", description = "The query text itself.")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Override
    protected int run() {
        String sparql = source.text != null ? source.text : read(source.file);
        try (LskgStore s = store.openExisting()) {
            OutputStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            out().flush();
            s.query(sparql, format, stdout);
            stdout.flush();
        } catch (QueryParseException e) {
            String where = source.file != null ? source.file.toString() : "query";
            throw new UserException(ExitCodes.BAD_INPUT, where + ": line " + e.getLine() + ", column "
                    + e.getColumn() + ": " + e.getMessage().lines().findFirst().orElse("syntax error"));
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, "cannot write results: " + e.getMessage());
        }
        return ExitCodes.OK;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException(ExitCodes.USAGE, file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
