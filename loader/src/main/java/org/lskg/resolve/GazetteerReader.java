package org.lskg.resolve;

import org.lskg.extract.EntityCategory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.lskg.rdf.LSKG;
import org.lskg.text.Fold;

/**
 * Reads the entities of a gazetteer graph: every IRI with an {@code lskg:category}. Each must have exactly one
 * {@code skos:prefLabel@vi}, a category of the scheme, exactly one {@code dcterms:source} and the IRI that
 * {@link EntityCategory#mint} gives its label; every breach is collected and reported together.
 */
final class GazetteerReader {
    private GazetteerReader() {}

    /** Where an entity sits, by preference: its parent place, its whole, its body, its location. */
    private static final List<Property> PARENT_PROPERTIES =
            List.of(LSKG.parentPlace, LSKG.DCT_isPartOf, LSKG.ORG_subOrganizationOf, LSKG.location);

    /**
     * The entities of the graph, sorted by IRI.
     *
     * @throws GazetteerException listing every entity that breaks the rules
     */
    static List<KnownEntity> read(Graph graph) {
        Model model = ModelFactory.createModelForGraph(graph);
        List<KnownEntity> entities = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Resource subject : model.listSubjectsWithProperty(LSKG.category).toList()) {
            entity(subject, problems).ifPresent(entities::add);
        }
        if (!problems.isEmpty()) {
            throw new GazetteerException(problems);
        }
        entities.sort(Comparator.comparing(KnownEntity::iri));
        return entities;
    }

    private static Optional<KnownEntity> entity(Resource subject, List<String> problems) {
        if (!subject.isURIResource()) {
            problems.add("an entity without an IRI: " + subject);
            return Optional.empty();
        }
        String iri = subject.getURI();
        int before = problems.size();

        List<RDFNode> categories = subject.listProperties(LSKG.category).mapWith(Statement::getObject).toList();
        Optional<EntityCategory> category = categories.size() == 1 && categories.get(0).isURIResource()
                ? EntityCategory.fromConceptIri(categories.get(0).asResource().getURI())
                : Optional.empty();
        if (category.isEmpty()) {
            problems.add(iri + ": needs exactly one lskg:category of the category scheme, has " + categories);
        }
        List<String> prefLabels = vietnamese(subject, LSKG.SKOS_prefLabel);
        if (prefLabels.size() != 1) {
            problems.add(iri + ": needs exactly one skos:prefLabel@vi, has " + prefLabels);
        }
        List<String> sources = subject.listProperties(LSKG.DCT_source)
                .mapWith(s -> s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : s.getResource().getURI())
                .toList();
        if (sources.size() != 1) {
            problems.add(iri + ": needs exactly one dcterms:source, has " + sources.size());
        }
        if (category.isPresent() && prefLabels.size() == 1) {
            String expected = category.get().mint(prefLabels.get(0));
            if (!expected.equals(iri)) {
                problems.add(iri + ": the IRI of \"" + prefLabels.get(0) + "\" must be " + expected);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<String> altLabels = subject.listProperties(LSKG.SKOS_altLabel)
                .mapWith(s -> Fold.nfc(s.getString()))
                .toList();
        return Optional.of(new KnownEntity(iri, category.get(), prefLabels.get(0), altLabels.stream().sorted().toList(),
                parent(subject), Optional.of(sources.get(0))));
    }

    private static List<String> vietnamese(Resource subject, Property property) {
        return subject.listProperties(property)
                .mapWith(Statement::getObject)
                .filterKeep(o -> o.isLiteral() && o.asLiteral().getLanguage().equals("vi"))
                .mapWith(o -> Fold.nfc(((Literal) o).getLexicalForm()))
                .toList();
    }

    private static Optional<String> parent(Resource subject) {
        for (Property property : PARENT_PROPERTIES) {
            Optional<String> first = subject.listProperties(property)
                    .filterKeep(s -> s.getObject().isURIResource())
                    .mapWith(s -> s.getResource().getURI())
                    .toList().stream()
                    .min(Comparator.naturalOrder()); // a road section in two districts: the same one every time
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }
}
