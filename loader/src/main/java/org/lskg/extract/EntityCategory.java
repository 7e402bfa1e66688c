package org.lskg.extract;

import org.lskg.rdf.LSKG;
import org.lskg.text.Fold;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of named thing lskg recognises, with the names the evaluation contract uses for them
 * ({@link #token()}), their concept in the category scheme of {@code ontology/lskg.ttl}, and the IRI path
 * under which entities of the kind are minted.
 */
public enum EntityCategory {
    /** Any organisation or body: ministry, department, committee, council, party body, company. */
    AGENCY("agency", "agency", "body"),
    PERSON("person", "person", "person"),
    /** An administrative unit or a named region, in Vietnam or abroad. */
    PLACE("place", "place", "place"),
    /** A border crossing: cửa khẩu, lối thông quan, international railway station. */
    BORDER_GATE("border_gate", "border-gate", "border-gate"),
    /** An investment or construction project, road, expressway, industrial park or cluster, facility. */
    PROJECT("project", "project", "project"),
    /** A national target programme, master plan, scheme (đề án), named plan or policy programme. */
    PROGRAM("program", "program", "programme");

    private final String token;
    private final String conceptIri;
    private final String iriPath;

    EntityCategory(String token, String conceptSlug, String iriPath) {
        this.token = token;
        this.conceptIri = LSKG.ID + "category/" + conceptSlug;
        this.iriPath = iriPath;
    }

    /** The contract's name: agency, person, place, border_gate, project, program. */
    public String token() {
        return token;
    }

    /** The category's concept, e.g. {@code https://w3id.org/lskg/id/category/border-gate}. */
    public String conceptIri() {
        return conceptIri;
    }

    /** The path segment of entity IRIs: {@code id/<path>/<slug>}. */
    public String iriPath() {
        return iriPath;
    }

    /**
     * The IRI of the entity of this category whose canonical label is {@code prefLabel}:
     * {@code id/<body|person|place|border-gate|project|programme>/<Fold.slug(prefLabel)>}. Entities of the
     * gazetteer and entities minted from documents follow the same rule, so they meet in one node.
     *
     * @throws IllegalArgumentException if the label has no letter or digit to make a slug from
     */
    public String mint(String prefLabel) {
        String slug = Fold.slug(Objects.requireNonNull(prefLabel, "prefLabel"));
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("No slug can be made of the label \"" + prefLabel + "\"");
        }
        return LSKG.ID + iriPath + "/" + slug;
    }

    /** The category with this contract name ({@code "border_gate"}), if any. */
    public static Optional<EntityCategory> fromToken(String token) {
        return Arrays.stream(values()).filter(c -> c.token.equals(token)).findFirst();
    }

    /** The category whose concept IRI this is, if any. */
    public static Optional<EntityCategory> fromConceptIri(String iri) {
        return Arrays.stream(values()).filter(c -> c.conceptIri.equals(iri)).findFirst();
    }
}
