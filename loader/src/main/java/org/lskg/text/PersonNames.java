package org.lskg.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Vietnamese personal names: two to five capitalised syllables ("Phạm Minh Chính", "Hầu A Lèn"). */
public final class PersonNames {
    private PersonNames() {}

    private static final String SYLLABLE = "\\p{Lu}[\\p{Ll}\\p{M}]*";
    private static final Pattern NAME = Pattern.compile("(?u)^" + SYLLABLE + "(?:\\s+" + SYLLABLE + "){1,4}$");
    private static final Pattern TRAILING = Pattern.compile("(?u)(" + SYLLABLE + "(?:\\s+" + SYLLABLE + "){1,4})$");

    /** True when the whole of {@code s} reads as a personal name. */
    public static boolean isName(String s) {
        return NAME.matcher(s.strip()).matches() && !Casing.isUpper(s);
    }

    /**
     * Splits "Thủ tướng Chính phủ Phạm Minh Chính" into post and name: the name is the trailing run of
     * capitalised syllables (the post's last word, "phủ", is lower case).
     */
    public static Optional<String[]> splitPostAndName(String s) {
        String t = s.strip();
        Matcher m = TRAILING.matcher(t);
        if (!m.find()) return Optional.empty();
        String name = m.group(1);
        String post = t.substring(0, m.start()).strip();
        return Optional.of(new String[] {post, name});
    }
}
