package org.lskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.lskg.rdf.LSKG;

class EntityCategoryTest {

    @Test
    void tokensAreTheNotationsOfTheOntologysConcepts() throws Exception {
        Model ontology;
        try (InputStream in = EntityCategoryTest.class.getClassLoader().getResourceAsStream("org/lskg/ontology/lskg.ttl")) {
            ontology = ModelFactory.createModelForGraph(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
        }
        for (EntityCategory c : EntityCategory.values()) {
            assertEquals(c.token(), ontology.createResource(c.conceptIri()).getProperty(LSKG.SKOS_notation).getString());
        }
    }

    @Test
    void lookupsByTokenAndConcept() {
        assertEquals(Optional.of(EntityCategory.BORDER_GATE), EntityCategory.fromToken("border_gate"));
        assertEquals(Optional.of(EntityCategory.PROGRAM), EntityCategory.fromConceptIri(LSKG.ID + "category/program"));
        assertEquals(Optional.empty(), EntityCategory.fromToken("border-gate"));
    }

    @Test
    void mintingUsesTheCategoryPathAndTheSlug() {
        assertEquals(LSKG.ID + "programme/quy-hoach-tinh-lang-son", EntityCategory.PROGRAM.mint("Quy hoạch tỉnh Lạng Sơn"));
        assertEquals(LSKG.ID + "border-gate/cua-khau-chinh-chi-ma", EntityCategory.BORDER_GATE.mint("Cửa khẩu chính Chi Ma"));
        assertEquals(LSKG.ID + "body/bo-ke-hoach-va-dau-tu", EntityCategory.AGENCY.mint("Bộ KẾ HOẠCH và Đầu tư"));
        assertThrows(IllegalArgumentException.class, () -> EntityCategory.AGENCY.mint(" - "));
    }
}
