package org.lskg.store;

/**
 * How {@link LskgStore#export} writes the store (or one graph). All output is UTF-8 and uses
 * {@link org.lskg.rdf.Prefixes#STANDARD} where the syntax has prefixes.
 */
public enum ExportFormat {
    /** The union of all graphs (or the one graph) as pretty Turtle; graph names are lost. */
    TURTLE,
    /** Named graphs as pretty TriG. */
    TRIG,
    /**
     * Named graphs as N-Quads, lines sorted by their UTF-8 bytes (the order of {@code LC_ALL=C sort}), so two
     * stores with the same content give byte-identical files as long as the graphs have no blank nodes
     * (blank node labels are not canonical).
     */
    NQUADS,
    /** Named graphs as JSON-LD 1.1, with the prefixes as {@code @context}. */
    JSONLD
}
