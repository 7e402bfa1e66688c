package org.lskg.trace;

import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Resource;
import org.lskg.rdf.LSKG;

/**
 * A data-quality warning about the source documents, kept rather than corrected: what kind, the nodes it is
 * about (a deadline and its commitment, two spellings of one name, a cited document), why, and the sentences or
 * mentions that show it.
 */
public record Flag(Type type, List<String> resources, String reason, List<String> evidence) {

    /** The kinds of flag tracing raises (a subset of the flag scheme of the ontology). */
    public enum Type {
        DEADLINE_BEFORE_DOCUMENT("deadline-before-document", LSKG.FLAG_DEADLINE_BEFORE_DOCUMENT),
        NAME_VARIANT("name-variant", LSKG.FLAG_NAME_VARIANT),
        UNRESOLVED_REFERENCE("unresolved-reference", LSKG.FLAG_UNRESOLVED_REFERENCE);

        private final String slug;
        private final Resource concept;

        Type(String slug, Resource concept) {
            this.slug = slug;
            this.concept = concept;
        }

        public String slug() {
            return slug;
        }

        public Resource concept() {
            return concept;
        }
    }

    public Flag {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        resources = List.copyOf(resources);
        evidence = List.copyOf(evidence);
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("a flag is about at least one resource");
        }
    }
}
