package org.lskg.extract;

import org.lskg.document.Sentence;

import java.util.List;

/**
 * Where extractors send their facts, in the order they find them (after Jena RIOT's {@code StreamRDF}).
 * Implementations decide what to keep; extractors never look back at what they sent.
 *
 * <p>An extractor runs its work on one sentence through {@link #guarded}, so that a rule that throws on
 * one sentence costs that sentence's facts and nothing else: the sink hears it in {@link #skipped}.
 */
@FunctionalInterface
public interface FactSink {

    void accept(Fact fact);

    /**
     * Hears the facts an extractor found in {@code sentence} but sends only once it has read the whole document
     * (the entity recognizer settles labels across the document first): each of them, or a fact of the same
     * kind, sentence and place, is sent later, unless dropped. A sink that bounds a document's size counts them
     * as they come ({@link FactBudget}) and may throw {@link FactBudget.Exceeded}. The default ignores them.
     */
    default void held(Sentence sentence, List<? extends Fact> facts) {}

    /**
     * Hears that an extractor gave up on {@code sentence} because of {@code cause}; the facts it sent before
     * and after stand. The default rethrows, so a sink that does not handle failures (a test's
     * {@code list::add}) sees them as they are.
     */
    default void skipped(Sentence sentence, RuntimeException cause) {
        throw cause;
    }

    /**
     * Runs one sentence's work; a {@link RuntimeException}, or a {@link StackOverflowError} from a regular
     * expression that recursed on a long input, is reported to {@link #skipped} instead of ending the
     * document's extraction. A document over its {@link FactBudget} ends it: {@link FactBudget.Exceeded} passes.
     */
    default void guarded(Sentence sentence, Runnable work) {
        try {
            work.run();
        } catch (FactBudget.Exceeded e) {
            throw e;
        } catch (RuntimeException e) {
            skipped(sentence, e);
        } catch (StackOverflowError e) {
            skipped(sentence, new IllegalStateException("stack overflow (a pattern recursed on a long input)", e));
        }
    }
}
