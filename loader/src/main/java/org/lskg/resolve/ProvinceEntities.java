package org.lskg.resolve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.lskg.extract.EntityCategory;
import org.lskg.rdf.LSKG;
import org.lskg.text.Provinces;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The gazetteer entities derived from {@link Provinces}: for each province or centrally-run city its place
 * and its Ủy ban nhân dân, Hội đồng nhân dân and party committee, in the conventions of {@code
 * gazetteer.ttl} (IRI minted from the prefLabel, one source each). A unit that ended carries {@code
 * lskg:validUntil} and {@code dcterms:isReplacedBy} its successor, and so do its bodies ("Ủy ban nhân dân
 * tỉnh Bắc Giang" is replaced by "Ủy ban nhân dân tỉnh Bắc Ninh"); a unit that began carries {@code
 * lskg:validFrom}. Deriving them keeps one row per unit in the data instead of four hand-written entities.
 */
final class ProvinceEntities {
    private ProvinceEntities() {}

    static final Property IS_REPLACED_BY = ResourceFactory.createProperty(LSKG.DCT, "isReplacedBy");
    private static final Property NOTE = ResourceFactory.createProperty(LSKG.SKOS, "note");
    private static final Resource PROVINCE_LEVEL = ResourceFactory.createResource(LSKG.ID + "admin-level/province");
    private static final Resource VIET_NAM = ResourceFactory.createResource(EntityCategory.PLACE.mint("Việt Nam"));

    /** A body every unit has: its name is {@code head} + the unit's label ("Ủy ban nhân dân tỉnh Hà Tĩnh"). */
    private record Kind(String head, String abbreviation, String source) {}

    private static final List<Kind> BODIES = List.of(
            new Kind("Ủy ban nhân dân", "UBND", "Luật Tổ chức chính quyền địa phương (Ủy ban nhân dân cấp tỉnh)"),
            new Kind("Hội đồng nhân dân", "HĐND", "Luật Tổ chức chính quyền địa phương (Hội đồng nhân dân cấp tỉnh)"));

    /** The triples of every unit of {@code provinces} and its bodies. */
    static Graph graph(Provinces provinces) {
        Model m = ModelFactory.createDefaultModel();
        for (Provinces.Province p : provinces.all()) {
            Function<Provinces.Province, String> placeIri = q -> EntityCategory.PLACE.mint(q.label());
            Optional<Provinces.Province> successor = p.successor().flatMap(provinces::byLabel);
            String source = "provinces.tsv: " + p.source();

            Resource place = entity(m, EntityCategory.PLACE, LSKG.Place, p.label(), source, p);
            place.addProperty(LSKG.adminLevel, PROVINCE_LEVEL).addProperty(LSKG.parentPlace, VIET_NAM);
            if (!p.gsoCode().isEmpty()) place.addProperty(LSKG.gsoCode, p.gsoCode());
            for (String name : p.names()) {
                alt(place, name);
                if (p.isCity()) alt(place, "TP " + name);
                if (!name.equals(p.name())) alt(place, p.unit() + " " + name);
            }
            successor.ifPresent(s -> place.addProperty(IS_REPLACED_BY, m.createResource(placeIri.apply(s))));
            note(place, p, provinces);

            for (Kind k : BODIES) {
                Resource body = entity(m, EntityCategory.AGENCY, LSKG.Body, k.head() + " " + p.label(), source + "; " + k.source(), p);
                alt(body, k.abbreviation() + " " + p.label());
                if (p.isCity()) {
                    alt(body, k.head() + " TP " + p.name());
                    alt(body, k.abbreviation() + " TP " + p.name());
                }
                body.addProperty(LSKG.location, place);
                successor.ifPresent(s -> body.addProperty(IS_REPLACED_BY,
                        m.createResource(EntityCategory.AGENCY.mint(k.head() + " " + s.label()))));
            }
            Resource party = entity(m, EntityCategory.AGENCY, LSKG.Body, p.partyCommittee(),
                    source + "; Điều lệ Đảng (tỉnh ủy, thành ủy)", p);
            if (p.isCity()) alt(party, p.partyCommittee().replaceFirst("^Thành ủy (?:Thành phố )?", "Thành ủy TP "));
            party.addProperty(LSKG.location, place);
            successor.ifPresent(s -> party.addProperty(IS_REPLACED_BY, m.createResource(EntityCategory.AGENCY.mint(s.partyCommittee()))));
        }
        return m.getGraph();
    }

    private static Resource entity(Model m, EntityCategory category, Resource type, String label, String source,
            Provinces.Province p) {
        Resource r = m.createResource(category.mint(label), type)
                .addProperty(LSKG.category, m.createResource(category.conceptIri()))
                .addProperty(LSKG.SKOS_prefLabel, label, "vi")
                .addProperty(LSKG.DCT_source, source);
        p.validFrom().ifPresent(d -> r.addProperty(LSKG.validFrom, date(d), XSDDatatype.XSDdate));
        p.validUntil().ifPresent(d -> r.addProperty(LSKG.validUntil, date(d), XSDDatatype.XSDdate));
        return r;
    }

    private static void alt(Resource r, String label) {
        if (!r.hasProperty(LSKG.SKOS_prefLabel, label, "vi")) r.addProperty(LSKG.SKOS_altLabel, label, "vi");
    }

    /** Why the unit ends or grows, in words. */
    private static void note(Resource place, Provinces.Province p, Provinces provinces) {
        String sources = p.source();
        if (p.successor().isPresent()) {
            String how = p.validUntil().map(d -> " after " + date(d)).orElse("");
            place.addProperty(NOTE, "Succeeded by " + p.successor().get() + how + " (" + sources + ").", "en");
        }
        List<Provinces.Province> before = provinces.predecessors(p);
        if (!before.isEmpty()) {
            String names = before.stream().map(Provinces.Province::label).collect(Collectors.joining(", "));
            String from = before.stream().flatMap(q -> q.validUntil().stream()).max(LocalDate::compareTo)
                    .map(d -> " from " + date(d.plusDays(1))).orElse("");
            place.addProperty(NOTE, "Also covers the former " + names + from + " (" + sources + ").", "en");
        }
    }

    private static String date(LocalDate d) {
        return d.toString();
    }
}
