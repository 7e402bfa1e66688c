package org.lskg.extract;

import org.lskg.document.Sentence;
import org.lskg.text.Provinces;

import java.util.List;
import java.util.Optional;

/**
 * What the entity rules see of one sentence: its text prepared for matching, the document's province
 * (to qualify "UBND tỉnh", "Tỉnh ủy", "Sở Y tế"), and the list the rules add their mentions to.
 *
 * @param sentence the sentence
 * @param text     {@link MatchText#normalize normalised} sentence text, same length as the sentence text
 * @param locality the document's province or centrally-run city, e.g. "tỉnh Hà Tĩnh" ({@link
 *                 org.lskg.document.Locality})
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

    /**
     * The document's province or centrally-run city with its level ("tỉnh Hà Tĩnh", "thành phố Cần Thơ"),
     * for bodies named by level only ("UBND tỉnh", "Sở Y tế").
     */
    Optional<String> provinceUnit() {
        return province().map(Provinces.Province::label);
    }

    /** The document's provincial unit, when its locality is one. */
    Optional<Provinces.Province> province() {
        return locality.flatMap(PROVINCES::byLabel);
    }

    /**
     * The document's unit when a body is named by the level word {@code unit} alone: "UBND tỉnh" in a
     * province's document, "UBND thành phố" in a centrally-run city's. In a province's document "UBND thành
     * phố" is some city of the district level, hence nothing.
     */
    Optional<String> unitOf(String unit) {
        return province().filter(p -> p.unit().equals(unit.toLowerCase(java.util.Locale.ROOT))).map(Provinces.Province::label);
    }

    /**
     * The label of the unit a name writes as {@code unit} + {@code name}: a province or centrally-run city by
     * its own label ("Thành phố Hồ Chí Minh", "TP. HCM" → "thành phố Hồ Chí Minh"), any other unit with its
     * unit word in lower case ("Xã Yên Khương" → "xã Yên Khương").
     */
    static String placeLabel(String unit, String name) {
        String word = unit.toLowerCase(java.util.Locale.ROOT).replace(".", "").strip();
        if (word.equals("tp")) word = Provinces.CITY;
        String bare = normalizeLabel(name);
        return PROVINCES.byLabel(word + " " + bare).map(Provinces.Province::label).orElse(word + " " + bare);
    }

    /**
     * Whether a unit word and a name are a province's or centrally-run city's name cut short ("tỉnh Điện" at
     * the end of a line, "thành phố Hồ"): no unit of that name exists, so no place or body should be made of it.
     */
    static boolean cutShort(String unit, String name) {
        String word = unit.toLowerCase(java.util.Locale.ROOT).replace(".", "").strip();
        return (word.equals(Provinces.PROVINCE) || word.equals(Provinces.CITY) || word.equals("tp")) && PROVINCES.isCutShort(name);
    }

    /** The province or centrally-run city of this name or spelling ("Cần Thơ", "HCM"). */
    static Optional<Provinces.Province> provinceNamed(String name) {
        return PROVINCES.byName(name);
    }

    private static final Provinces PROVINCES = Provinces.standard();
}
