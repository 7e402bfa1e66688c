package org.lskg.server;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;

/**
 * Caps the number of solutions any SPARQL query served by the server can return, which
 * Fuseki itself does not do. It replaces the handler of the query operation for every
 * dataset with a {@link RowLimitedQueryService}: a query without {@code LIMIT}, or with a
 * {@code LIMIT} above the cap, runs as if written with {@code LIMIT cap}.
 *
 * <p>The cap applies to the solutions of the outermost query: rows of a SELECT, the
 * template solutions of a CONSTRUCT, the resources of a DESCRIBE. ASK is unaffected.
 * Clients cannot tell a capped result from a complete one, so the cap should be well above
 * what an interactive query needs and paging ({@code LIMIT}/{@code OFFSET}) used beyond it.
 */
public final class ResultLimitModule implements FusekiModule {

    private final long maxRows;

    private ResultLimitModule(long maxRows) {
        this.maxRows = maxRows;
    }

    /** A module that caps query results at {@code maxRows} solutions; {@code maxRows} must be positive. */
    public static ResultLimitModule maxRows(long maxRows) {
        if ( maxRows <= 0 )
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        return new ResultLimitModule(maxRows);
    }

    /** The cap on solutions. */
    public long maxRows() {
        return maxRows;
    }

    @Override
    public String name() {
        return "lskg result limit";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                                  new RowLimitedQueryService(maxRows));
    }
}
