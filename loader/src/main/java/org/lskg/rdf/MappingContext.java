package org.lskg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What a {@link FactMapper} needs to write a fact: the document's model and IRIs.
 *
 * @param model    the document graph being built
 * @param document the parsed document
 * @param iri      the document's IRI ({@link Iris#document})
 * @param offsets  the sentences' offsets into the document's text, as far as they were asked for
 */
public record MappingContext(Model model, ParsedDocument document, String iri, Offsets offsets) {

    public MappingContext(Model model, ParsedDocument document, String iri) {
        this(model, document, iri, new Offsets());
    }

    /** The document node. */
    public Resource documentResource() {
        return model.createResource(iri);
    }

    /** The document's text node ({@code nif:Context}) that offsets count into. */
    public Resource textContext() {
        return model.createResource(iri + "/text");
    }

    /**
     * The offset in the document's text of position {@code i} of {@code sentence.text()}. Sentence text
     * has its white space collapsed (a PDF line break inside a sentence becomes one space), so positions
     * are mapped by walking the original span.
     */
    public int documentOffset(Sentence sentence, int i) {
        int[] at = offsets.of(document.text(), sentence);
        return at[Math.max(0, Math.min(i, at.length - 1))];
    }

    /**
     * Where each position of a sentence's text falls in the document's text, walked once per sentence: a
     * document maps thousands of mentions, and walking the span for each was quadratic in the sentence. For one
     * mapping, on one thread.
     */
    public static final class Offsets {
        private final Map<Sentence, int[]> bySentence = new HashMap<>();

        /**
         * {@code at[k]}: the document offset of position {@code k} of the sentence text, a run of white space
         * counting as one position; the last entry is the sentence's end (where every later position falls).
         */
        int[] of(String raw, Sentence sentence) {
            return bySentence.computeIfAbsent(sentence, s -> {
                int[] at = new int[s.end() - s.start() + 1];
                int p = s.start();
                int k = 0;
                at[0] = p;
                while (p < s.end()) {
                    if (Character.isWhitespace(raw.charAt(p))) {
                        while (p < s.end() && Character.isWhitespace(raw.charAt(p))) p++;
                    } else {
                        p++;
                    }
                    at[++k] = p;
                }
                return Arrays.copyOf(at, k + 1);
            });
        }
    }

    /** The node of {@code sentence}, as the {@link DocumentMapper} wrote it. */
    public Resource sentence(Sentence sentence) {
        return model.createResource(DocumentMapper.sentenceIri(iri, sentence.index()));
    }
}
