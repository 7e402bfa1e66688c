package org.lskg.extract;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What the extractors of one run over one document share ({@link Extractor#forOneDocument}): the mentions each
 * entity recognizer has read there. The entity extractor and the commitment extractor ask for the mentions of
 * the same sentences; read once, they are handed to both (on a 2 MB document, half the time of extraction).
 * For one document and one thread; a new one for every run ({@link Extractors#run}).
 */
public final class OneDocument {

    /** Each recognizer's rules, by identity, with the recognizer that remembers what they read in this document. */
    private final Map<EntityRecognizer, EntityRecognizer> recognizers = new IdentityHashMap<>();

    /** The recognizer that reads with {@code rules}' rules and remembers, for this document, what it read. */
    EntityRecognizer recognizer(EntityRecognizer rules) {
        if (rules.remembers()) return rules;
        return recognizers.computeIfAbsent(rules, r -> r.forOneDocument());
    }
}
