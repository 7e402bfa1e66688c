package org.lskg.extract;

import org.lskg.document.ParsedDocument;

/**
 * Reads one kind of fact from a parsed document. Implementations are stateless and thread-safe: all
 * they know about a document comes from the {@link ParsedDocument} they are given.
 */
@FunctionalInterface
public interface Extractor {

    void extract(ParsedDocument document, FactSink sink);

    /**
     * This extractor for one run over one document, sharing with the run's other extractors what {@code run}
     * keeps (the mentions of each sentence); the same facts as {@link #extract} on this, sooner. This, by default.
     */
    default Extractor forOneDocument(OneDocument run) {
        return this;
    }
}
