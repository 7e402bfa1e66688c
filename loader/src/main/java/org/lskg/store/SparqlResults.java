package org.lskg.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * Writes the result of one query execution in a {@link ResultFormat}; see that enum for the mapping. Rows are
 * written as the query yields them (CSV, TSV, JSON and XML stream), so memory does not grow with the result;
 * the text table, which must see its rows to size its columns, shows at most {@link #TABLE_MAX_ROWS} and says
 * so. CONSTRUCT and DESCRIBE results stream as Turtle blocks; as JSON-LD or RDF/XML they are built in memory.
 */
final class SparqlResults {
    private SparqlResults() {}

    /** Rows the text table shows; the other formats have no cap. */
    static final int TABLE_MAX_ROWS = 1_000;

    /** Runs {@code exec} and writes its result; the caller holds the read transaction. */
    static void write(QueryExec exec, ResultFormat format, OutputStream out) {
        Query query = exec.getQuery();
        switch (query.queryType()) {
            case SELECT -> writeSelect(exec, query, format, out);
            case ASK -> writeAsk(exec.ask(), format, out);
            case CONSTRUCT -> {
                if (format == ResultFormat.JSON || format == ResultFormat.XML) writeGraph(exec.construct(), format, out);
                else writeTriples(exec.constructTriples(), query, out);
            }
            case DESCRIBE -> {
                if (format == ResultFormat.JSON || format == ResultFormat.XML) writeGraph(exec.describe(), format, out);
                else writeTriples(exec.describeTriples(), query, out);
            }
            default -> throw new IllegalArgumentException("Unsupported query form: " + query.queryType());
        }
    }

    private static void writeSelect(QueryExec exec, Query query, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TABLE) {
            writeTable(exec.select(), query, out);
            return;
        }
        ResultsWriter.create().lang(resultsLang(format)).write(out, exec.select());
    }

    /** The text table of at most {@link #TABLE_MAX_ROWS} rows, and a line that says when there were more. */
    private static void writeTable(RowSet rows, Query query, OutputStream out) {
        List<Binding> shown = new ArrayList<>();
        while (rows.hasNext() && shown.size() <= TABLE_MAX_ROWS) shown.add(rows.next());
        boolean more = shown.size() > TABLE_MAX_ROWS;
        if (more) shown.remove(shown.size() - 1);
        // The text table shortens IRIs with the query's own prefixes, which ResultsWriter does not.
        ResultSetFormatter.out(out, ResultSet.adapt(RowSetStream.create(rows.getResultVars(), shown.iterator())), query);
        if (more) {
            PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
            print.println("(the first " + TABLE_MAX_ROWS + " rows; the result has more: --format csv, tsv, json"
                    + " or xml writes them all)");
            print.flush();
        }
    }

    /** Triples as Turtle blocks with the query's prefixes, written as they come. */
    private static void writeTriples(Iterator<Triple> triples, Query query, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        query.getPrefixMapping().getNsPrefixMap().forEach(stream::prefix);
        triples.forEachRemaining(stream::triple);
        stream.finish();
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
