package org.lskg.rdf;

import org.lskg.extract.Fact;

/**
 * Writes one kind of {@link Fact} into a document's graph. Each fact kind has one mapper; the
 * {@link DocumentMapper} routes every fact to the mapper registered for its class.
 *
 * @param <F> the fact kind
 */
public interface FactMapper<F extends Fact> {

    /** The fact kind this mapper handles. */
    Class<F> factType();

    /**
     * Adds the fact's triples to {@code context.model()}; each statement must be linked to its sentence
     * ({@link MappingContext#sentence}). IRIs must be deterministic: minted from the fact's content and
     * its document, never from counters that depend on order across documents.
     */
    void map(F fact, MappingContext context);

    /**
     * The triples {@link #map} adds for {@code fact} whatever the graph already holds: those about nodes no
     * other fact writes (its own IRI). A lower bound, counted while the document is read to refuse one whose
     * graph would pass {@link DocumentGraph#MAX_TRIPLES} before it is mapped; 0, the default, is always right.
     */
    default int leastTriples(F fact) {
        return 0;
    }
}
