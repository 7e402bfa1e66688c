package org.lskg.extract;

import org.lskg.document.ParsedDocument;

import java.util.ArrayList;
import java.util.List;

/** The extractors lskg runs on every document, and a way to run them all. */
public final class Extractors {
    private Extractors() {}

    /** The standard set, in the order they run, with entity labels made canonical by {@code canonicalizer}. */
    public static List<Extractor> standard(Canonicalizer canonicalizer) {
        EntityRecognizer entities = EntityRecognizer.standard(canonicalizer);
        return List.of(entities, LegalReferenceExtractor.standard(), CommitmentExtractor.standard(entities),
                TargetExtractor.standard(), ReportedFigureExtractor.standard());
    }

    /** Runs {@code extractors} over {@code document} and collects their facts in order. */
    public static List<Fact> run(List<Extractor> extractors, ParsedDocument document) {
        List<Fact> facts = new ArrayList<>();
        for (Extractor e : extractors) {
            e.extract(document, facts::add);
        }
        return List.copyOf(facts);
    }
}
