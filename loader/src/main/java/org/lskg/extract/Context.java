package org.lskg.extract;

import org.lskg.document.Sentence;

import java.util.List;
import java.util.Optional;

/**
 * What the entity rules see of one sentence: its text prepared for matching, the document's province
 * (to qualify "UBND tỉnh", "Tỉnh ủy", "Sở Y tế"), and the list the rules add their mentions to.
 *
 * @param sentence the sentence
 * @param text     {@link MatchText#normalize normalised} sentence text, same length as the sentence text
 * @param locality the document's province or city, e.g. "tỉnh Lạng Sơn"
 * @param lexicon  fixed names and domains
 * @param out      where rules add mentions
 */
record Context(Sentence sentence, String text, Optional<String> locality, NameLexicon lexicon,
               List<EntityMention> out) {

    void add(int start, int end, EntityCategory category, String label) {
        if (start < 0 || end > text.length() || end <= start) return;
        out.add(new EntityMention(sentence, start, end, sentence.text().substring(start, end), category,
                normalizeLabel(label), Resolution.PATTERN));
    }

    /** A dash spaced on one side only ("2021 -2030") is spaced on both, so one name gives one label. */
    private static final java.util.regex.Pattern LOOSE_DASH =
            java.util.regex.Pattern.compile("(?<=\\S)(?:\\s+[-–]\\s*|\\s*[-–]\\s+)(?=\\S)");

    static String normalizeLabel(String label) {
        return LOOSE_DASH.matcher(label.replaceAll("\\s+", " ").strip()).replaceAll(" - ");
    }

    /** The document's locality with its level ("tỉnh Lạng Sơn"), for bodies named by level only ("UBND tỉnh"). */
    Optional<String> provinceUnit() {
        return locality.filter(l -> l.startsWith("tỉnh "));
    }

    /** The name of the document's province alone ("Lạng Sơn"), for "Tỉnh ủy". */
    Optional<String> province() {
        return provinceUnit().map(l -> l.substring("tỉnh ".length()));
    }
}
