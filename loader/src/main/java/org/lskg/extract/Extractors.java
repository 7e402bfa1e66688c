package org.lskg.extract;

import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
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
        return run(extractors, document, problems, afterFirst, FactBudget.none());
    }

    /**
     * As {@link #run(List, ParsedDocument, Consumer, Consumer)}, within {@code budget}: the facts are counted as
     * the extractors send them, or hold them back ({@link FactSink#held}), and the run stops as soon as the count
     * passes the budget's limit, even before the first extractor is done.
     *
     * @throws FactBudget.Exceeded when the document is over {@code budget}; no extractor reads on
     */
    public static List<Fact> run(List<Extractor> extractors, ParsedDocument document,
                                 Consumer<ExtractionProblem> problems, Consumer<List<Fact>> afterFirst,
                                 FactBudget budget) {
        budget.checkStart(document.sentences().size());
        List<Fact> facts = new ArrayList<>();
        OneDocument run = new OneDocument();
        long counted = budget.start(); // with the facts of the extractors done
        for (int i = 0; i < extractors.size(); i++) {
            Extractor e = extractors.get(i);
            if (i == 1) afterFirst.accept(List.copyOf(facts));
            String name = e.getClass().getSimpleName();
            CountingSink sink = new CountingSink(facts, budget, counted, document.sentences().size(),
                    (sentence, cause) -> problems.accept(new ExtractionProblem(name, Optional.of(sentence), cause)));
            try {
                e.forOneDocument(run).extract(document, sink);
            } catch (FactBudget.Exceeded x) {
                throw x;
            } catch (RuntimeException x) {
                problems.accept(new ExtractionProblem(name, Optional.empty(), x));
            } catch (StackOverflowError x) {
                problems.accept(new ExtractionProblem(name, Optional.empty(),
                        new IllegalStateException("stack overflow (a pattern recursed on a long input)", x)));
            }
            counted += sink.sent;
        }
        return List.copyOf(facts);
    }

    /**
     * One extractor's sink: collects the facts it sends, reports the sentences it skips, and counts its facts
     * against the budget, those sent and those held back to be sent later; the larger of the two counts, as the
     * facts held are sent but for a few dropped, so that no fact counts twice nor more than the facts sent.
     */
    private static final class CountingSink implements FactSink {
        private final List<Fact> facts;
        private final FactBudget budget;
        private final long before;
        private final int sentences;
        private final BiConsumer<Sentence, RuntimeException> skipped;
        long sent;
        long held;

        CountingSink(List<Fact> facts, FactBudget budget, long before, int sentences,
                     BiConsumer<Sentence, RuntimeException> skipped) {
            this.facts = facts;
            this.budget = budget;
            this.before = before;
            this.sentences = sentences;
            this.skipped = skipped;
        }

        @Override
        public void accept(Fact fact) {
            facts.add(fact);
            sent += budget.weight().applyAsInt(fact);
            check(fact.sentence());
        }

        @Override
        public void held(Sentence sentence, List<? extends Fact> found) {
            for (Fact f : found) held += budget.weight().applyAsInt(f);
            check(sentence);
        }

        private void check(Sentence at) {
            long total = before + Math.max(sent, held);
            if (total > budget.limit()) {
                throw new FactBudget.Exceeded(total, budget.limit(), at.index() + 1, sentences);
            }
        }

        @Override
        public void skipped(Sentence sentence, RuntimeException cause) {
            skipped.accept(sentence, cause);
        }
    }
}
