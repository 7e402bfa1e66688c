package org.lskg.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's dataset query processor with a cap on solutions: see {@link ResultLimitModule}
 * for the behaviour. The cap is applied after Fuseki has chosen the dataset, as the last
 * change to the query before it is executed.
 */
final class RowLimitedQueryService extends SPARQL_QueryDataset {

    private final long maxRows;

    RowLimitedQueryService(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        return Pair.create(decided.getLeft(), limit(decided.getRight(), maxRows));
    }

    /**
     * Returns {@code query} limited to at most {@code maxRows} solutions. The query is changed
     * in place: Fuseki parses a fresh {@link Query} for every request.
     */
    static Query limit(Query query, long maxRows) {
        if ( query.isAskType() )
            return query;
        if ( !query.hasLimit() || query.getLimit() > maxRows )
            query.setLimit(maxRows);
        return query;
    }
}
