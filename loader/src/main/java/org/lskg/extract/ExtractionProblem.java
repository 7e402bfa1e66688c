package org.lskg.extract;

import org.lskg.document.Sentence;

import java.util.Objects;
import java.util.Optional;

/**
 * An extractor failed on part of a document: the facts of that sentence (or, with no sentence, that
 * extractor's remaining facts for the document) are lost; the document and its other facts stand.
 *
 * @param extractor the extractor's simple class name
 * @param sentence  the sentence it gave up on, when it failed inside one
 * @param cause     what it threw
 */
public record ExtractionProblem(String extractor, Optional<Sentence> sentence, RuntimeException cause) {

    private static final int QUOTE = 60;

    public ExtractionProblem {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(cause, "cause");
    }

    /**
     * One line for a person: which extractor, which sentence (its number as in the sentence IRI, and its
     * first words), and the exception with the place in lskg's code that threw it, so the line is enough
     * for a bug report.
     */
    public String describe() {
        String where = sentence.map(s -> "sentence " + (s.index() + 1) + " \"" + quote(s.text()) + "\"")
                .orElse("the document");
        return extractor + " skipped " + where + ": " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + origin(cause);
    }

    private static String quote(String text) {
        return text.length() <= QUOTE ? text : text.substring(0, QUOTE) + "…";
    }

    /** " (at IndicatorReader.java:104)": the innermost frame of lskg's own code. */
    private static String origin(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.lskg.")) {
                return " (at " + e.getFileName() + ":" + e.getLineNumber() + ")";
            }
        }
        return "";
    }
}
