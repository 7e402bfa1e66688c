package org.lskg.extract;

import org.lskg.document.ParsedDocument;

/**
 * Reads one kind of fact from a parsed document. Implementations are stateless and thread-safe: all
 * they know about a document comes from the {@link ParsedDocument} they are given.
 */
@FunctionalInterface
public interface Extractor {

    void extract(ParsedDocument document, FactSink sink);
}
