package org.lskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkolemizerTest {

    private static final String TTL = """
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <urn:ex:T> owl:unionOf ( xsd:date xsd:gYearMonth ) .
            <urn:ex:U> owl:unionOf ( xsd:date xsd:gYear ) .
            """;

    private static Graph parse() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TTL, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void twoParsesGiveTheSameSkolemisedTriples() {
        Graph a = Skolemizer.skolemize(parse(), "https://example.org/g");
        Graph b = Skolemizer.skolemize(parse(), "https://example.org/g");
        assertTrue(a.isIsomorphicWith(b));
        assertEquals(a.find().toSet(), b.find().toSet(), "identical, not merely isomorphic");
        assertFalse(a.find().toList().stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()));
        assertEquals(10, a.size());
    }

    @Test
    void listsThatDifferGetDifferentIris() {
        Graph a = Skolemizer.skolemize(parse(), "https://example.org/g");
        long heads = a.find().toList().stream()
                .filter(t -> t.getPredicate().getURI().endsWith("#unionOf")).map(t -> t.getObject()).distinct().count();
        assertEquals(2, heads);
    }
}
