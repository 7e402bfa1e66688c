package org.lskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class RowLimitedQueryServiceTest {

    private static long limited(String query, long maxRows) {
        return RowLimitedQueryService.limit(QueryFactory.create(query), maxRows).getLimit();
    }

    @Test
    void addsLimitWhenMissing() {
        assertEquals(100, limited("SELECT * { ?s ?p ?o }", 100));
        assertEquals(100, limited("CONSTRUCT WHERE { ?s ?p ?o }", 100));
        assertEquals(100, limited("DESCRIBE ?s { ?s ?p ?o }", 100));
    }

    @Test
    void lowersLimitAboveCap() {
        assertEquals(100, limited("SELECT * { ?s ?p ?o } LIMIT 5000", 100));
    }

    @Test
    void keepsLimitWithinCap() {
        assertEquals(7, limited("SELECT * { ?s ?p ?o } LIMIT 7", 100));
        assertEquals(100, limited("SELECT * { ?s ?p ?o } LIMIT 100", 100));
    }

    @Test
    void keepsOffsetAndSubqueries() {
        Query query = RowLimitedQueryService.limit(
                QueryFactory.create("SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 500 } } OFFSET 40"), 100);
        assertEquals(100, query.getLimit());
        assertEquals(40, query.getOffset());
        assertTrue(query.toString().matches("(?s).*LIMIT\\s+500.*"), "the subquery keeps its own LIMIT");
    }

    @Test
    void leavesAskAlone() {
        assertFalse(RowLimitedQueryService.limit(QueryFactory.create("ASK { ?s ?p ?o }"), 100).hasLimit());
    }
}
