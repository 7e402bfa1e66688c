package org.lskg.resolve;

import org.lskg.extract.Canonicalizer;
import org.lskg.extract.EntityCategory;
import org.lskg.extract.Resolution;

import java.util.List;
import java.util.Optional;

/**
 * One label per real-world thing: a mention's label is replaced by the preferred label of the known
 * entity (from the {@link Gazetteer}) it names — by its label or an alias, or across a one-letter typo
 * in a long name — and otherwise kept as the patterns built it. Entity IRIs are minted from the label,
 * so the same thing named two ways in two documents becomes one node.
 */
public final class EntityResolver implements Canonicalizer {

    private final Gazetteer gazetteer;

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static EntityResolver standard() {
        return new EntityResolver(Gazetteer.standard());
    }

    @Override
    public Canonical canonical(EntityCategory category, String label) {
        List<KnownEntity> exact = gazetteer.candidates(label).stream()
                .filter(e -> e.category() == category).toList();
        if (exact.size() == 1) {
            return new Canonical(exact.get(0).prefLabel(), new Resolution(Resolution.Method.KNOWN, Optional.of(label), 0));
        }
        if (exact.isEmpty()) {
            Optional<Gazetteer.Match> near = gazetteer.closest(label, category).filter(m -> !m.exact());
            if (near.isPresent()) {
                Gazetteer.Match m = near.get();
                return new Canonical(m.entity().prefLabel(),
                        new Resolution(Resolution.Method.KNOWN_TYPO, Optional.of(m.label()), m.distance()));
            }
        }
        return new Canonical(label, Resolution.PATTERN);
    }
}
