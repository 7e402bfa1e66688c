package org.lskg.rdf;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.lskg.resolve.Gazetteer;
import org.lskg.resolve.KnownEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The names of an entity node in a document graph. Entity IRIs are slugs of labels, so labels that differ
 * in case, tone-mark placement or diacritics ("Ủy ban nhân dân Thành phố Hà Nội", "Ủy ban nhân dân thành
 * phố Hà Nội") mint the same node; the node must still have one {@code skos:prefLabel@vi} (and a person one
 * {@code foaf:name}), or the shapes refuse the graph. The preferred name is a function of the IRI and of the
 * names the graph gives the node, never of the order they come in:
 * <ol>
 *   <li>the gazetteer's prefLabel when the IRI is a known entity's;</li>
 *   <li>else the name with the fewest capitals (unit words are lower case in a name: "thành phố"), then
 *       the first in code-point order.</li>
 * </ol>
 * Every other name becomes a {@code skos:altLabel@vi}.
 */
final class EntityLabels {
    private EntityLabels() {}

    private static final String VI = "vi";
    private static final Comparator<String> PREFERENCE = Comparator.comparingLong(EntityLabels::capitals)
            .thenComparing(Comparator.naturalOrder());

    /** Gives {@code node} the Vietnamese label {@code label}, as its prefLabel or as an altLabel. */
    static void label(Model m, Resource node, String label) {
        name(m, node, LSKG.SKOS_prefLabel, label, true);
    }

    /** Gives a person node the name {@code name}, as its {@code foaf:name} or as an altLabel. */
    static void personName(Model m, Resource node, String name) {
        name(m, node, LSKG.FOAF_name, name, false);
    }

    private static void name(Model m, Resource node, Property preferred, String label, boolean tagged) {
        List<String> current = new ArrayList<>();
        for (RDFNode o : m.listObjectsOfProperty(node, preferred).toList()) {
            if (o.isLiteral() && (!tagged || VI.equals(o.asLiteral().getLanguage()))) current.add(o.asLiteral().getLexicalForm());
        }
        List<String> all = new ArrayList<>(current);
        if (!all.contains(label)) all.add(label);
        String best = known(node).orElseGet(() -> all.stream().min(PREFERENCE).orElseThrow());
        for (String c : current) {
            if (!c.equals(best)) {
                m.remove(node, preferred, literal(m, c, tagged));
                node.addProperty(LSKG.SKOS_altLabel, c, VI);
            }
        }
        if (!current.contains(best)) node.addProperty(preferred, literal(m, best, tagged));
        if (!label.equals(best)) node.addProperty(LSKG.SKOS_altLabel, label, VI);
    }

    private static Literal literal(Model m, String s, boolean tagged) {
        return tagged ? m.createLiteral(s, VI) : m.createLiteral(s);
    }

    /** The gazetteer's label of the entity with this IRI. */
    private static Optional<String> known(Resource node) {
        return node.isURIResource() ? Gazetteer.standard().byIri(node.getURI()).map(KnownEntity::prefLabel) : Optional.empty();
    }

    private static long capitals(String s) {
        return s.codePoints().filter(Character::isUpperCase).count();
    }
}
