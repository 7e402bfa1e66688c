package org.lskg.resolve;

import org.lskg.extract.EntityCategory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.lskg.text.Fold;

/**
 * The labels of a gazetteer keyed by {@link Fold#key}, for exact and typo-tolerant lookup.
 *
 * <p>Typo tolerance is deliberately narrow, because a near miss is as often a different entity as a
 * misspelling ("Quốc lộ 4A" / "Quốc lộ 4B", "Hồ Sơn" / "Hòa Sơn"). A surface is matched to a label one edit
 * away only when all of these hold:
 * <ul>
 *   <li>the surface is long: at least two words or ten letters;</li>
 *   <li>it is not itself the label of some entity (a known name is not a typo);</li>
 *   <li>the edit falls inside one word, which has no digit ("Km18" is not "Km80", "4A" is not "4B") and is not
 *       an abbreviation in the label ("Bộ TN&amp;MT" is not a typo of "Bộ NN&amp;MT": in an abbreviation each
 *       letter is a word);</li>
 *   <li>exactly one entity of the requested category is one edit away.</li>
 * </ul>
 * Keys keep diacritics, so "Bộ" and "Sở" differ by two edits and a ministry never matches a department.
 */
final class LabelIndex {

    private static final int MIN_WORDS = 2;
    private static final int MIN_LETTERS = 10;
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A label, its key's tokens, and which of them are abbreviations in the label ("KH", "ĐT", "TTgCP"). */
    private record Entry(String key, String label, KnownEntity entity, List<String> tokens, List<Boolean> abbreviation) {}

    private final Map<String, List<Entry>> byKey = new LinkedHashMap<>();
    private final Map<EntityCategory, List<Entry>> byCategory = new EnumMap<>(EntityCategory.class);

    LabelIndex(List<KnownEntity> entities) {
        for (KnownEntity entity : entities) {
            for (String label : entity.labels()) {
                String key = Fold.key(label);
                if (key.isEmpty()) continue;
                List<Entry> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (same.stream().anyMatch(e -> e.entity().equals(entity))) continue; // "Bộ TC" and "Bộ T.C."
                List<String> tokens = List.of(key.split(" "));
                Entry entry = new Entry(key, label, entity, tokens, abbreviations(label, tokens.size()));
                same.add(entry);
                byCategory.computeIfAbsent(entity.category(), c -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** Every entity with a label whose key equals the surface's, in gazetteer order. */
    List<KnownEntity> exact(String surface) {
        return byKey.getOrDefault(Fold.key(surface), List.of()).stream().map(Entry::entity).toList();
    }

    /** Keys shared by more than one entity: names that need context to resolve. */
    Map<String, List<KnownEntity>> ambiguous() {
        Map<String, List<KnownEntity>> out = new LinkedHashMap<>();
        byKey.forEach((key, entries) -> {
            if (entries.size() > 1) out.put(key, entries.stream().map(Entry::entity).toList());
        });
        return Collections.unmodifiableMap(out);
    }

    Optional<Gazetteer.Match> closest(String surface, EntityCategory category) {
        String key = Fold.key(surface);
        List<Entry> exact = byKey.getOrDefault(key, List.of());
        if (!exact.isEmpty()) {
            List<Entry> inCategory = exact.stream().filter(e -> e.entity().category() == category).toList();
            return inCategory.size() == 1
                    ? Optional.of(new Gazetteer.Match(inCategory.get(0).entity(), inCategory.get(0).label(), 0))
                    : Optional.empty();
        }
        if (!isLong(key)) {
            return Optional.empty();
        }
        List<String> tokens = List.of(key.split(" "));
        List<Entry> near = new ArrayList<>();
        for (Entry e : byCategory.getOrDefault(category, List.of())) {
            if (Math.abs(e.key().length() - key.length()) <= 1
                    && ONE_EDIT.apply(key, e.key()) == 1
                    && isTolerableEdit(tokens, e)) {
                near.add(e);
            }
        }
        if (near.stream().map(Entry::entity).distinct().count() != 1) {
            return Optional.empty();
        }
        return Optional.of(new Gazetteer.Match(near.get(0).entity(), near.get(0).label(), 1));
    }

    private static boolean isLong(String key) {
        return key.split(" ").length >= MIN_WORDS || key.codePoints().filter(Character::isLetter).count() >= MIN_LETTERS;
    }

    /**
     * Whether a one-edit difference between the surface's tokens and the entry's is a plausible typo: it
     * changes one word (not the word boundaries), that word has no digit and is not an abbreviation.
     */
    private static boolean isTolerableEdit(List<String> tokens, Entry entry) {
        if (tokens.size() != entry.tokens().size()) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals(entry.tokens().get(i))) {
                return !HAS_DIGIT.matcher(tokens.get(i)).find()
                        && !HAS_DIGIT.matcher(entry.tokens().get(i)).find()
                        && !entry.abbreviation().get(i);
            }
        }
        return false;
    }

    /**
     * Per token of the label, whether it is an abbreviation: two or more capital letters ("KH", "TTgCP").
     * Should the label split into other tokens than its key (it does not for Vietnamese), every token counts
     * as an abbreviation, so that the label is matched exactly only.
     */
    private static List<Boolean> abbreviations(String label, int keyTokens) {
        List<Boolean> out = new ArrayList<>();
        for (String token : NON_WORD.split(Fold.nfc(label))) {
            if (!token.isEmpty()) out.add(token.codePoints().filter(Character::isUpperCase).count() >= 2);
        }
        return out.size() == keyTokens ? List.copyOf(out) : Collections.nCopies(keyTokens, true);
    }
}
