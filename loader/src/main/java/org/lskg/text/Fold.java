package org.lskg.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison keys for Vietnamese text. Two keys are offered because folding loses information:
 * {@link #key} keeps the diacritics (only canonical composition, case and tone-mark placement are
 * neutralised, so "Hoà"/"hòa" meet but "Đình"/"Đinh" stay apart) and {@link #ascii} drops every
 * diacritic, đ included, for search and slugs.
 */
public final class Fold {
    private Fold() {}

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    /**
     * ICU's Latin-ASCII transliterator maps đ/Đ to d/D, which NFD alone does not. Built on first use (a fifth of
     * a second): Vietnamese text never needs it ({@link #ascii}).
     */
    private static final class ToAscii {
        static final Transliterator TO_ASCII =
                Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; Latin-ASCII; NFC");
    }
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern OLD_TONE = Pattern.compile(
            "(?i)(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![\\p{L}])");

    /** NFC with the deprecated combining tone marks U+0340/U+0341 mapped to U+0300/U+0301 first. */
    public static String nfc(String s) {
        return NFC.normalize(modernMarks(s));
    }

    /** The deprecated combining tone marks U+0340/U+0341 written as U+0300/U+0301. */
    private static String modernMarks(String s) {
        return s.replace('\u0340', '\u0300').replace('\u0341', '\u0301');
    }

    /**
     * Diacritic-preserving key: NFC, lower case, "new style" tone placement for the open syllables
     * oa/oe/uy (hoà → hòa, thuỷ → thủy), punctuation collapsed to single spaces.
     */
    public static String key(String s) {
        String t = nfc(s).toLowerCase(Locale.ROOT);
        t = modernTones(t);
        return NON_WORD.matcher(t).replaceAll(" ").trim();
    }

    /**
     * Old-style tone placement on open syllables moved to the new style, case and length kept:
     * "Hoà" → "Hòa", "Thuỷ" → "Thủy".
     */
    public static String modernTones(String s) {
        return hasOldToneVowel(s) ? OLD_TONE.matcher(s).replaceAll(m -> Tones.moveToFirst(m.group(1))) : s;
    }

    /**
     * The second letters of {@link #OLD_TONE}, which it compares as written (CASE_INSENSITIVE without
     * UNICODE_CASE folds ASCII letters only: "HOÀ" is left as it is, "hoà" is not).
     */
    private static final String OLD_TONE_VOWELS = "àáảãạèéẻẽẹỳýỷỹỵ";

    /**
     * Whether {@code s} holds what every match of {@link #OLD_TONE} holds, an o or u (either case) right before
     * one of {@link #OLD_TONE_VOWELS}: most text has none ("và", "hóa" do not count), and keys fold every
     * sentence, so such text is not scanned (a sixtieth of the time of preparing a document). Never false where
     * the pattern matches.
     */
    private static boolean hasOldToneVowel(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (OLD_TONE_VOWELS.indexOf(s.charAt(i)) < 0) continue;
            char before = s.charAt(i - 1);
            if (before == 'o' || before == 'O' || before == 'u' || before == 'U') return true;
        }
        return false;
    }

    /** ASCII key: every diacritic removed (đ → d), lower case, punctuation collapsed to spaces. */
    public static String ascii(String s) {
        String d = NFD.normalize(modernMarks(s));
        StringBuilder out = new StringBuilder(d.length());
        boolean gap = false; // a run of characters other than letters and digits since the last one kept
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            char kept;
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    kept = c;
                } else if (c >= 'A' && c <= 'Z') {
                    kept = (char) (c + ('a' - 'A'));
                } else {
                    gap = true;
                    continue;
                }
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // the commonest: a tone or vowel mark, dropped; it does not part the letters around it
            } else if (c == 'đ' || c == 'Đ') {
                kept = 'd';
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                gap = true;
                continue;
            } else if (KEPT.indexOf(c) >= 0) {
                kept = c;
            } else {
                return collapsed(ToAscii.TO_ASCII.transliterate(nfc(s)));
            }
            if (gap && !out.isEmpty()) {
                out.append(' ');
            }
            gap = false;
            out.append(kept);
        }
        return out.toString();
    }

    /**
     * What {@link ToAscii#TO_ASCII} gives, lower case, each run of characters other than letters and digits one
     * space, none at the ends. {@link #ascii} gives the same in one pass without the transliterator, which is some
     * fifty times slower than decomposing (and tracing folds every sentence), for a text whose decomposition is
     * ASCII, combining marks, đ/Đ (all Vietnamese), the typographic punctuation of {@link #PUNCTUATION} and the
     * footnote digits of {@link #KEPT}; anything else goes through the transliterator ("Æ", "ß" have ASCII
     * spellings).
     */
    private static String collapsed(String transliterated) {
        return NON_WORD.matcher(transliterated.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * Typographic quotes, dashes, the ellipsis, guillemets and the no-break space: Latin-ASCII spells each with
     * ASCII punctuation whatever surrounds it (“ → ", – → -, … → ..., « → <<), which {@link #ascii} collapses
     * into a space as it does this space. One quoted name sent a whole sentence through the transliterator.
     */
    private static final String PUNCTUATION = "\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00ab\u00bb\u00a0";

    /**
     * The superscript digits of footnote markers ("đạt 168ha¹.", "cùng kỳ²;"; NĐ 30/2020 lets a document carry
     * footnotes): Latin-ASCII leaves them as they are, whatever surrounds them, and {@link #ascii} keeps them as
     * it keeps digits. A report with footnotes sent each of its marked sentences through the transliterator.
     */
    private static final String KEPT = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    /** A URL-safe slug made of the ASCII key joined with hyphens. */
    public static String slug(String s) {
        return ascii(s).replace(' ', '-');
    }
}
