package org.lskg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.lskg.document.DocumentType;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every type the parser can give a document is a concept of the doctype scheme, with the parser's label
 * and code, and is allowed by the document shape: a type missing there would get every document of
 * that type refused.
 */
class DocumentTypeSchemeTest {

    private static final Path ONTOLOGY = Path.of(System.getProperty("lskg.project.dir", "..")).resolve("ontology");

    @Test
    void everyParserTypeIsAConceptOfTheSchemeAndAllowedByTheShapes() throws Exception {
        Model ontology = RDFParser.source(ONTOLOGY.resolve("lskg.ttl")).toModel();
        String shapes = Files.readString(ONTOLOGY.resolve("shapes.ttl"));
        for (DocumentType t : DocumentType.values()) {
            Resource concept = ontology.getResource(Iris.documentType(t));
            assertTrue(concept.hasProperty(RDF.type, LSKG.DocumentType), t + " is a concept of the scheme");
            assertEquals(t.label(), concept.getProperty(SKOS.prefLabel, "vi").getString(), t + " label");
            assertEquals(t.code().orElse(""), concept.hasProperty(SKOS.notation)
                    ? concept.getProperty(SKOS.notation).getString() : "", t + " code");
            assertTrue(shapes.contains("doctype:" + t.slug() + " ") || shapes.contains("doctype:" + t.slug() + "\n"),
                    t + " is allowed by lskgsh:DocumentShape");
        }
    }
}
