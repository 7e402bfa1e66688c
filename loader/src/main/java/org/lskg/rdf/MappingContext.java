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

    /** The node of {@code sentence}, as the {@link DocumentMapper} wrote it. */
    public Resource sentence(Sentence sentence) {
        return model.createResource(DocumentMapper.sentenceIri(iri, sentence.index()));
    }
}
