package org.lskg.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;

/** Writes the result of one query execution in a {@link ResultFormat}; see that enum for the mapping. */
final class SparqlResults {
    private SparqlResults() {}

    /** Runs {@code exec} and writes its result; the caller holds the read transaction. */
    static void write(QueryExec exec, ResultFormat format, OutputStream out) {
        Query query = exec.getQuery();
        switch (query.queryType()) {
            case SELECT -> writeSelect(exec, query, format, out);
            case ASK -> writeAsk(exec.ask(), format, out);
            case CONSTRUCT -> writeGraph(exec.construct(), format, out);
            case DESCRIBE -> writeGraph(exec.describe(), format, out);
            default -> throw new IllegalArgumentException("Unsupported query form: " + query.queryType());
        }
    }

    private static void writeSelect(QueryExec exec, Query query, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TABLE) {
            // The text table shortens IRIs with the query's own prefixes, which ResultsWriter does not.
            ResultSetFormatter.out(out, ResultSet.adapt(exec.select()), query);
            return;
        }
        ResultsWriter.create().lang(resultsLang(format)).write(out, exec.select());
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case JSON, XML -> ResultsWriter.create().lang(resultsLang(format)).write(out, answer);
            default -> {
                // Jena's CSV/TSV booleans carry a made-up "_askResult" header; a bare answer is easier to script.
                PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
                print.println(answer);
                print.flush();
            }
        }
    }

    private static void writeGraph(Graph graph, ResultFormat format, OutputStream out) {
        RDFFormat syntax = switch (format) {
            case JSON -> RDFFormat.JSONLD11_PRETTY;
            case XML -> RDFFormat.RDFXML_PRETTY;
            case TABLE, CSV, TSV -> RDFFormat.TURTLE_PRETTY;
        };
        RDFWriter.source(graph).format(syntax).output(out);
    }

    private static Lang resultsLang(ResultFormat format) {
        return switch (format) {
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case JSON -> ResultSetLang.RS_JSON;
            case XML -> ResultSetLang.RS_XML;
            case TABLE -> ResultSetLang.RS_Text;
        };
    }
}
