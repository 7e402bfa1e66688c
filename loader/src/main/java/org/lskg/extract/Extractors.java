package org.lskg.extract;

import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The extractors lskg runs on every document, and a way to run them all. */
public final class Extractors {
    private Extractors() {}

    /** The standard set, in the order they run, with entity labels made canonical by {@code canonicalizer}. */
    public static List<Extractor> standard(Canonicalizer canonicalizer) {
        EntityRecognizer entities = EntityRecognizer.standard(canonicalizer);
        return List.of(entities, LegalReferenceExtractor.standard(), CommitmentExtractor.standard(entities),
                TargetExtractor.standard(), ReportedFigureExtractor.standard());
    }

    /** Runs {@code extractors} over {@code document} and collects their facts in order; a failure propagates. */
    public static List<Fact> run(List<Extractor> extractors, ParsedDocument document) {
        List<Fact> facts = new ArrayList<>();
        OneDocument run = new OneDocument();
        for (Extractor e : extractors) {
            e.forOneDocument(run).extract(document, facts::add);
        }
        return List.copyOf(facts);
    }

    /**
     * Runs {@code extractors} over {@code document} so that no failure costs more than the facts it touches:
     * a sentence an extractor throws on is reported to {@code problems} and skipped; an extractor that throws
     * outside any sentence keeps the facts it sent before, and the other extractors still run.
     */
    public static List<Fact> run(List<Extractor> extractors, ParsedDocument document,
                                 Consumer<ExtractionProblem> problems) {
        return run(extractors, document, problems, first -> {});
    }

    /**
     * As {@link #run(List, ParsedDocument, Consumer)}; {@code afterFirst} hears the facts of the first extractor
     * (the entity recognizer: most of a long document's facts are its mentions), which begin the list returned,
     * as soon as it is done and before the others read the document (if there are others).
     */
    public static List<Fact> run(List<Extractor> extractors, ParsedDocument document,
                                 Consumer<ExtractionProblem> problems, Consumer<List<Fact>> afterFirst) {
        List<Fact> facts = new ArrayList<>();
        OneDocument run = new OneDocument();
        for (int i = 0; i < extractors.size(); i++) {
            Extractor e = extractors.get(i);
            if (i == 1) afterFirst.accept(List.copyOf(facts));
            String name = e.getClass().getSimpleName();
            FactSink sink = new FactSink() {
                @Override
                public void accept(Fact fact) {
                    facts.add(fact);
                }

                @Override
                public void skipped(Sentence sentence, RuntimeException cause) {
                    problems.accept(new ExtractionProblem(name, Optional.of(sentence), cause));
                }
            };
            try {
                e.forOneDocument(run).extract(document, sink);
            } catch (RuntimeException x) {
                problems.accept(new ExtractionProblem(name, Optional.empty(), x));
            } catch (StackOverflowError x) {
                problems.accept(new ExtractionProblem(name, Optional.empty(),
                        new IllegalStateException("stack overflow (a pattern recursed on a long input)", x)));
            }
        }
        return List.copyOf(facts);
    }
}
