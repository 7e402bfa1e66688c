package org.lskg.resolve;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.lskg.rdf.LSKG;
import org.lskg.text.Fold;

/**
 * The coarse category of an entity or mention, as the evaluation contract names it ({@link #token()}:
 * agency, person, place, border_gate, project, program), with its concept in the category scheme of
 * {@code ontology/lskg.ttl} and the IRI path under which entities of the category are minted.
 */
public enum Category {
    AGENCY("agency", "agency", "body"),
    PERSON("person", "person", "person"),
    PLACE("place", "place", "place"),
    BORDER_GATE("border_gate", "border-gate", "border-gate"),
    PROJECT("project", "project", "project"),
    PROGRAM("program", "program", "programme");

    private final String token;
    private final String conceptIri;
    private final String idPath;

    Category(String token, String conceptSlug, String idPath) {
        this.token = token;
        this.conceptIri = LSKG.ID + "category/" + conceptSlug;
        this.idPath = idPath;
    }

    /** The contract's name of the category, e.g. {@code border_gate}. */
    public String token() {
        return token;
    }

    /** The category's concept, e.g. {@code https://w3id.org/lskg/id/category/border-gate}. */
    public String conceptIri() {
        return conceptIri;
    }

    /**
     * The IRI of the entity of this category whose canonical label is {@code prefLabel}:
     * {@code https://w3id.org/lskg/id/<body|person|place|border-gate|project|programme>/<Fold.slug(prefLabel)>}.
     * The gazetteer's entities follow this rule, so an entity minted from a document and the same entity in
     * the gazetteer are one node.
     *
     * @throws IllegalArgumentException if the label has no letter or digit to make a slug from
     */
    public String mint(String prefLabel) {
        String slug = Fold.slug(Objects.requireNonNull(prefLabel, "prefLabel"));
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("No slug can be made of the label \"" + prefLabel + "\"");
        }
        return LSKG.ID + idPath + "/" + slug;
    }

    /** The category with this contract name ({@code "border_gate"}), if any. */
    public static Optional<Category> fromToken(String token) {
        return Arrays.stream(values()).filter(c -> c.token.equals(token)).findFirst();
    }

    /** The category whose concept IRI this is, if any. */
    public static Optional<Category> fromConceptIri(String iri) {
        return Arrays.stream(values()).filter(c -> c.conceptIri.equals(iri)).findFirst();
    }
}
