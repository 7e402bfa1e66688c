package org.lskg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;

/**
 * What a {@link FactMapper} needs to write a fact: the document's model and IRIs.
 *
 * @param model    the document graph being built
 * @param document the parsed document
 * @param iri      the document's IRI ({@link Iris#document})
 */
public record MappingContext(Model model, ParsedDocument document, String iri) {

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
        String raw = document.text();
        int p = sentence.start();
        int k = 0;
        while (k < i && p < sentence.end()) {
            if (Character.isWhitespace(raw.charAt(p))) {
                while (p < sentence.end() && Character.isWhitespace(raw.charAt(p))) p++;
            } else {
                p++;
            }
            k++;
        }
        return p;
    }

    /** The node of {@code sentence}, as the {@link DocumentMapper} wrote it. */
    public Resource sentence(Sentence sentence) {
        return model.createResource(DocumentMapper.sentenceIri(iri, sentence.index()));
    }
}
