package org.lskg.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lskg.extract.EntityCategory;
import org.lskg.resolve.Gazetteer;
import org.lskg.text.Fold;
import org.lskg.trace.CorpusSnapshot.Citation;
import org.lskg.trace.CorpusSnapshot.CitedDocument;
import org.lskg.trace.CorpusSnapshot.Commitment;
import org.lskg.trace.CorpusSnapshot.Doc;
import org.lskg.trace.CorpusSnapshot.Entity;
import org.lskg.trace.CorpusSnapshot.Mention;

/**
 * The data-quality checks over the whole corpus:
 * <ul>
 *   <li>a deadline earlier than its own document's first possible day ("trước ngày 20/01/2023" in a January
 *       2024 notice: a mistyped year, kept as printed);</li>
 *   <li>a person or place written two ways: two entities of the category whose labels differ only in
 *       diacritics ("Dương Xuân Huyền" / "Dương Xuân Huyên", "huyện Đình Lập" / "huyện Đinh Lập"), or a label
 *       one letter away from a gazetteer entity ({@link Gazetteer#closest});</li>
 *   <li>a cited document the corpus does not hold.</li>
 * </ul>
 */
final class QualityChecks {
    private static final int MAX_EVIDENCE = 5;

    private QualityChecks() {}

    static List<Flag> run(CorpusSnapshot corpus, Gazetteer gazetteer) {
        List<Flag> flags = new ArrayList<>();
        flags.addAll(deadlinesBeforeDocument(corpus));
        flags.addAll(nameVariants(corpus, gazetteer));
        flags.addAll(unresolvedReferences(corpus));
        return List.copyOf(flags);
    }

    private static List<Flag> deadlinesBeforeDocument(CorpusSnapshot corpus) {
        Map<String, Doc> docs = corpus.documentsByIri();
        List<Flag> flags = new ArrayList<>();
        for (Commitment c : corpus.commitments()) {
            Doc doc = docs.get(c.document());
            c.deadline().filter(d -> d.date().isBefore(doc.issued().first())).ifPresent(d -> flags.add(new Flag(
                    Flag.Type.DEADLINE_BEFORE_DOCUMENT, List.of(d.iri(), c.iri()),
                    "deadline " + d.date() + " (\"" + d.text().orElse("") + "\") is before the date of its own document "
                            + doc.source() + " (" + doc.issued() + "); probably a mistyped year",
                    List.of(c.sentence()))));
        }
        return flags;
    }

    private static List<Flag> nameVariants(CorpusSnapshot corpus, Gazetteer gazetteer) {
        List<Entity> named = corpus.entities().stream()
                .filter(e -> e.category().equals("person") || e.category().equals("place")).toList();
        Map<String, List<Mention>> byEntity = corpus.mentions().stream()
                .collect(Collectors.groupingBy(m -> m.entity().iri(), TreeMap::new, Collectors.toList()));
        // Spellings that fold to the same letters: one node with two prefLabels, or two nodes.
        Map<String, List<Entity>> byAscii = named.stream().collect(Collectors.groupingBy(
                e -> e.category() + "|" + Fold.ascii(e.label()), TreeMap::new, Collectors.toList()));
        Map<String, Flag> flags = new TreeMap<>();
        for (List<Entity> same : byAscii.values()) {
            Map<String, String> spellings = new TreeMap<>();
            same.forEach(e -> spellings.putIfAbsent(Fold.key(e.label()), e.label()));
            // resolution gives a mistyped name the right label; its mentions keep the spelling as written
            for (Entity e : same) {
                for (Mention m : byEntity.getOrDefault(e.iri(), List.of())) {
                    asWritten(e.label(), m.surface()).ifPresent(w -> spellings.putIfAbsent(Fold.key(w), w));
                }
            }
            if (spellings.size() > 1) {
                List<String> iris = same.stream().map(Entity::iri).distinct().sorted().toList();
                flags.put(String.join(" ", iris), new Flag(Flag.Type.NAME_VARIANT, iris, "one " + same.get(0).category()
                        + " written " + spellings.size() + " ways: " + spellings.values().stream()
                        .map(l -> "\"" + l + "\"").collect(Collectors.joining(" / ")),
                        evidence(byEntity, iris, spellings.keySet())));
            }
        }
        for (Entity e : named) {
            Optional<Gazetteer.Match> near = EntityCategory.fromToken(e.category())
                    .flatMap(cat -> gazetteer.closest(e.label(), cat))
                    .filter(m -> !m.exact() && !m.entity().iri().equals(e.iri()));
            near.ifPresent(m -> {
                List<String> iris = List.copyOf(new TreeSet<>(List.of(e.iri(), m.entity().iri())));
                flags.putIfAbsent(String.join(" ", iris), new Flag(Flag.Type.NAME_VARIANT, iris, "\"" + e.label()
                        + "\" is one letter away from the known " + e.category() + " \"" + m.entity().prefLabel() + "\"",
                        evidence(byEntity, iris, Set.of(Fold.key(e.label())))));
            });
        }
        return List.copyOf(flags.values());
    }

    /**
     * The entity's label as this mention spells it, when the mention is the label or its end written with
     * other diacritics ("Đinh Lập" for "huyện Đình Lập" gives "huyện Đinh Lập").
     */
    private static Optional<String> asWritten(String label, String surface) {
        String l = Fold.ascii(label);
        String s = Fold.ascii(surface);
        if (s.isEmpty() || Fold.key(surface).equals(Fold.key(label))) return Optional.empty();
        if (l.equals(s)) return Optional.of(surface);
        if (l.endsWith(" " + s) && label.length() > surface.length()) {
            return Optional.of(label.substring(0, label.length() - surface.length()) + surface);
        }
        return Optional.empty();
    }

    /** For each spelling, the first mention written that way (its surface ends with the spelling). */
    private static List<String> evidence(Map<String, List<Mention>> byEntity, List<String> iris, Set<String> spellings) {
        List<Mention> mentions = iris.stream().flatMap(i -> byEntity.getOrDefault(i, List.of()).stream()).toList();
        return spellings.stream().flatMap(key -> mentions.stream().filter(m -> spelt(m, key)).limit(1))
                .map(Mention::iri).distinct().limit(MAX_EVIDENCE).toList();
    }

    private static boolean spelt(Mention m, String key) {
        String surface = Fold.key(m.surface());
        return surface.equals(key) || key.endsWith(" " + surface) || surface.endsWith(" " + key);
    }

    private static List<Flag> unresolvedReferences(CorpusSnapshot corpus) {
        Map<String, Set<String>> citing = new TreeMap<>();
        Map<String, CitedDocument> cited = corpus.citedByIri();
        for (Citation x : corpus.citations()) {
            if (!cited.get(x.cited()).loaded()) {
                citing.computeIfAbsent(x.cited(), k -> new LinkedHashSet<>()).add(x.sentence());
            }
        }
        return citing.entrySet().stream().map(e -> new Flag(Flag.Type.UNRESOLVED_REFERENCE, List.of(e.getKey()),
                cited.get(e.getKey()).number() + " is cited by " + e.getValue().size() + " sentence"
                        + (e.getValue().size() == 1 ? "" : "s") + " but is not in the corpus",
                e.getValue().stream().sorted().limit(MAX_EVIDENCE).toList())).toList();
    }
}
