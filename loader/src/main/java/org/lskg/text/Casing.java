package org.lskg.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letter case of Vietnamese header text. Headers print body names and titles in capitals
 * ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI"); lskg stores them as they are written in running text
 * ("Ủy ban nhân dân tỉnh Lào Cai").
 */
public final class Casing {
    private Casing() {}

    private static final Pattern UNIT = Pattern.compile("(?u)\\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
            + "((?:\\s+\\S+)+?)(?=$|\\s*[,;(]|\\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\\b)");
    /** Head nouns after which the first word of a body's proper part is capitalised: "Bộ Tài chính". */
    private static final Pattern HEAD = Pattern.compile("(?u)^(bộ|sở|cục|tổng cục|vụ|ban|văn phòng|viện|"
            + "ủy ban|hội đồng|trung tâm|tòa án|thanh tra|đài|báo|công ty|ngân hàng|kho bạc|chi cục)\\s+(\\S)");
    private static final Pattern CONJUNCTION = Pattern.compile("(?u)(\\s+và\\s+|,\\s+|\\s+-\\s+)(\\S)");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Set<String> LOWER_AFTER_HEAD = Set.of("nhân", "thường", "chỉ", "quản", "các", "và");

    /** True when the letters of {@code s} are all capitals (and there are some). */
    public static boolean isUpper(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) return false;
            }
        }
        return letters;
    }

    /** "VỀ MỤC TIÊU, NHIỆM VỤ" → "Về mục tiêu, nhiệm vụ". Text that is not all capitals is returned as is. */
    public static String sentence(String s) {
        if (!isUpper(s)) return s;
        String lower = s.toLowerCase(VI);
        return capitalizePlaces(capitalizeFirst(lower));
    }

    /**
     * A body name in running-text case: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" → "Ủy ban nhân dân tỉnh Lào Cai",
     * "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" → "Sở Nông nghiệp và Môi trường".
     */
    public static String bodyName(String s) {
        if (!isUpper(s)) return s;
        String t = s.toLowerCase(VI);
        Matcher head = HEAD.matcher(t);
        if (head.find() && !LOWER_AFTER_HEAD.contains(firstWord(t.substring(head.start(2))))) {
            int i = head.start(2);
            t = t.substring(0, i) + capitalizeFirst(t.substring(i));
            t = capitalizeAfterConjunctions(t, head.end(2));
        }
        return capitalizePlaces(capitalizeFirst(t));
    }

    /** Capitalises every word of the proper names that follow a unit word: "tỉnh lạng sơn" → "tỉnh Lạng Sơn". */
    public static String capitalizePlaces(String s) {
        Matcher m = UNIT.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + capitalizeWords(m.group(2))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public static String capitalizeFirst(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) i++;
        if (i == s.length()) return s;
        return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
    }

    public static String capitalizeWords(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start && Character.isLetter(c) ? Character.toUpperCase(c) : c);
            start = Character.isWhitespace(c) || c == '-';
        }
        return sb.toString();
    }

    /** Ministry-style names capitalise the first word after "và", "," and "-": "Lao động - Thương binh và Xã hội". */
    private static String capitalizeAfterConjunctions(String s, int from) {
        Matcher m = CONJUNCTION.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String rep = m.start() >= from ? m.group(1) + m.group(2).toUpperCase(VI) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }
}
