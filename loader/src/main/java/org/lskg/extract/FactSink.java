package org.lskg.extract;

/**
 * Where extractors send their facts, in the order they find them (after Jena RIOT's {@code StreamRDF}).
 * Implementations decide what to keep; extractors never look back at what they sent.
 */
@FunctionalInterface
public interface FactSink {

    void accept(Fact fact);
}
