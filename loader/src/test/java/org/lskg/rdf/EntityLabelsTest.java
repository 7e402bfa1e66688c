package org.lskg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.lskg.extract.EntityCategory;
import org.lskg.store.ShaclValidator;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Minting an entity never gives it two skos:prefLabel values: names that differ in case only ("Ủy ban nhân
 * dân Thành phố Hà Nội" in a header, "Ủy ban nhân dân thành phố Hà Nội" in the text, as Hà Nội's documents
 * write both) mint one IRI, and the label is a function of that IRI, whatever the order of the facts.
 */
class EntityLabelsTest {

    private static final String HEADER_FORM = "Ủy ban nhân dân Thành phố Hà Nội";
    private static final String TEXT_FORM = "Ủy ban nhân dân thành phố Hà Nội";

    @Test
    void aKnownBodyNamedTwoWaysHasTheGazetteersLabelInEitherOrder() {
        for (List<Consumer<Model>> order : List.of(
                List.<Consumer<Model>>of(m -> DocumentMapper.body(m, HEADER_FORM),
                        m -> EntityMentionMapper.entity(m, EntityCategory.AGENCY, TEXT_FORM)),
                List.<Consumer<Model>>of(m -> EntityMentionMapper.entity(m, EntityCategory.AGENCY, HEADER_FORM),
                        m -> DocumentMapper.body(m, TEXT_FORM),
                        m -> DocumentMapper.body(m, HEADER_FORM)))) {
            Model m = ModelFactory.createDefaultModel();
            order.forEach(step -> step.accept(m));
            Resource body = m.getResource(Iris.body(TEXT_FORM));
            assertEquals(List.of(TEXT_FORM), labels(m, body, LSKG.SKOS_prefLabel), "the gazetteer's label");
            assertEquals(Set.of(HEADER_FORM), Set.copyOf(labels(m, body, LSKG.SKOS_altLabel)));
            assertEquals(List.of(), ShaclValidator.fromClasspath().validate(m.getGraph()));
        }
    }

    @Test
    void anUnknownBodyPrefersTheLowerCaseUnitWordWhateverComesFirst() {
        String upper = "Ban Quản lý dự án đầu tư xây dựng Tỉnh Nghệ An";
        String lower = "Ban Quản lý dự án đầu tư xây dựng tỉnh Nghệ An";
        for (List<String> order : List.of(List.of(upper, lower), List.of(lower, upper))) {
            Model m = ModelFactory.createDefaultModel();
            order.forEach(l -> DocumentMapper.body(m, l));
            Resource body = m.getResource(Iris.body(lower));
            assertEquals(List.of(lower), labels(m, body, LSKG.SKOS_prefLabel), order.toString());
            assertEquals(List.of(upper), labels(m, body, LSKG.SKOS_altLabel), order.toString());
        }
    }

    @Test
    void aPersonHasOneFoafName() {
        Model m = ModelFactory.createDefaultModel();
        EntityMentionMapper.entity(m, EntityCategory.PERSON, "NGUYỄN VĂN AN");
        EntityMentionMapper.entity(m, EntityCategory.PERSON, "Nguyễn Văn An");
        Resource p = m.getResource(Iris.person("Nguyễn Văn An"));
        assertEquals(List.of("Nguyễn Văn An"), labels(m, p, LSKG.FOAF_name));
        assertEquals(List.of("Nguyễn Văn An"), labels(m, p, LSKG.SKOS_prefLabel));
        assertEquals(List.of(), ShaclValidator.fromClasspath().validate(m.getGraph()));
    }

    private static List<String> labels(Model m, Resource r, org.apache.jena.rdf.model.Property p) {
        return m.listObjectsOfProperty(r, p).toList().stream().map(RDFNode::asLiteral).map(l -> l.getLexicalForm())
                .sorted().collect(Collectors.toList());
    }
}
