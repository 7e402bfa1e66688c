package org.lskg.resolve;

import org.lskg.extract.EntityCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity the gazetteer knows: its IRI, category, canonical Vietnamese label and every known variant.
 *
 * @param iri the entity's IRI ({@link EntityCategory#mint} of its prefLabel)
 * @param category its coarse category
 * @param prefLabel the full official name, in NFC ("Ủy ban nhân dân tỉnh Lạng Sơn")
 * @param altLabels variants, abbreviations and recorded misspellings ("UBND tỉnh Lạng Sơn"), in NFC
 * @param parentIri the entity it sits in: the parent place of a place, the whole a section or crossing is part
 *     of, the body a body belongs to, otherwise the place it is located in
 * @param source where the facts come from (a key of the domain reference, a seed document, a law)
 */
public record KnownEntity(String iri, EntityCategory category, String prefLabel, List<String> altLabels,
        Optional<String> parentIri, Optional<String> source) {

    public KnownEntity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(prefLabel, "prefLabel");
        altLabels = List.copyOf(altLabels);
        Objects.requireNonNull(parentIri, "parentIri");
        Objects.requireNonNull(source, "source");
    }

    /** The canonical label followed by the variants. */
    public List<String> labels() {
        List<String> all = new ArrayList<>(altLabels.size() + 1);
        all.add(prefLabel);
        all.addAll(altLabels);
        return List.copyOf(all);
    }
}
