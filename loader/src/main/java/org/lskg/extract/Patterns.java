package org.lskg.extract;

import java.util.Set;
import java.util.regex.Pattern;

/** Building blocks of the entity rules, and the extent of descriptive names ("Đề án ...", "Dự án ..."). */
final class Patterns {
    private Patterns() {}

    /** A capitalised syllable: "Lạng", "Sơn". */
    static final String CAP = "\\p{Lu}[\\p{Ll}\\p{M}]*";
    /** A proper place name: one to four capitalised syllables. */
    static final String PLACE_NAME = CAP + "(?:\\s+" + CAP + "){0,3}";
    /** A proper name that may carry numbers or acronyms: "Hợp Thành 1", "VSIP Lạng Sơn". */
    static final String CODE_NAME = "(?:\\p{Lu}[\\p{L}\\p{M}]*|\\d+)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}]*|\\d+)){0,4}";
    static final String UNIT = "(?:tỉnh|thành phố|huyện|thị xã|thị trấn|xã|phường|quận|đặc khu)";
    /**
     * A unit word as a body's name carries it, capitalised or not, "thành phố" also as "TP."
     * ("Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND TP. Hồ Chí Minh"); the special zones (đặc khu) of
     * the commune level exist from 01/7/2025.
     */
    static final String UNIT_ANY_CASE = "(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\\.?|huyện|Huyện|thị xã|Thị xã|thị trấn|Thị trấn"
            + "|xã|Xã|phường|Phường|quận|Quận|đặc khu|Đặc khu)";
    /**
     * A place name after a unit word: the name of a province or centrally-run city as written, with a dash
     * or more words than {@link #PLACE_NAME} allows ("Bà Rịa - Vũng Tàu"), else a generic proper name.
     */
    static final String UNIT_NAME = "(?:" + org.lskg.text.Provinces.standard().nameAlternation() + "|" + notAName() + PLACE_NAME + ")";

    /**
     * Capitalised words that begin a clause or a body's name, never a place's: after a unit word they mean
     * the place was left unnamed ("trên địa bàn tỉnh Chủ trì ...", "phường Các ...", "Thành phố Báo cáo",
     * "phường, xã, đặc khu Sở Tài chính", "tỉnh Trung tâm Phục vụ hành chính công" in shared/corpus-real and
     * shared/eval/dev); the country's name ("Thông tấn xã Việt Nam" is no commune). Words that do begin place names ("xã Kế An", "xã Đề Gi", "Xã Tổng Cọt") are not here.
     */
    private static String notAName() {
        return "(?!(?:Các|Những|Sở|Bộ|Ban|Báo|Ủy ban|Cục|Chủ trì|Chủ tịch|Phó|Quyết định|Trung tâm|Văn phòng|Công an"
                + "|Hội đồng|Nghị quyết|Nghị định|Chi cục|Thông tư|Kế hoạch|Đề án|Dự án|Việt Nam)" + AFTER + ")";
    }
    static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    static final String AFTER = "(?![\\p{L}\\p{N}])";

    static Pattern compile(String regex) {
        return Pattern.compile(regex);
    }

    /** Lower-case words at which a descriptive name ends: verbs, prepositions and connectives of the clause. */
    private static final Set<String> STOP = Set.of("để", "đã", "được", "nhằm", "theo", "sau", "trước", "khi", "là",
            "có", "cần", "phải", "đang", "sẽ", "vào", "đạt", "cho", "như", "do", "nên", "mà", "thì", "bằng", "đối",
            "tại", "trình", "gửi", "kịp", "đúng", "qua", "từ", "với", "đảm", "nhưng", "hoặc", "tới", "hết", "kèm");
    private static final Set<String> TRAILING = Set.of("và", "của", "các", "những", "trên", "về", "thuộc", "cùng",
            "năm", "giai", "đoạn", "thời", "kỳ", "tầm", "nhìn", "đến", "gắn", "nhất", "là");
    private static final Pattern VISION = Pattern.compile("^,\\s*tầm nhìn (?:đến )?năm \\d{4}");
    private static final Pattern ROAD = Pattern.compile("^,\\s*(?:Quốc lộ|quốc lộ) \\d+[A-Z]?");
    private static final Pattern PAREN = Pattern.compile(
            "^\\((?:[^()]{0,10}\\d[^()]{0,30}|Việt Nam|Trung Quốc|tỉnh [^()]{2,20}|đoạn [^()]{2,40}|[A-Z]{2,10})\\)");
    private static final int MAX_TOKENS = 28;
    /** A quantity such as "130.027" or "2,5" ends a name: names do not carry measured numbers. */
    private static final Pattern QUANTITY = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+|\\d+,\\d+");
    /** "... và các Bộ": a list of other things follows, the name is over. */
    private static final Pattern NEXT_PLURAL = Pattern.compile("\\s+(?:các|những)\\s");
    /**
     * "trong quý II", "trong tháng 12": when the task is due, not part of the name ({@link MatchText} writes
     * "quý" with the new tone placement, "qúy").
     */
    private static final Pattern IN_PERIOD = Pattern.compile("\\s+(?:quý|qúy|tháng)\\s");
    private static final Pattern UNTIL_YEAR = Pattern.compile("^đến năm \\d{4}");

    /**
     * ", a b và c": a short lower-case item, then "và", inside a name that lists its parts ("Kế hoạch cao điểm
     * chống buôn lậu, gian lận thương mại và hàng giả", "Chương trình hành động quốc gia về Phụ nữ, hòa bình và
     * an ninh", "Kế hoạch sao lưu, phục hồi dữ liệu và ứng phó sự cố hằng năm" in shared/eval/dev). An item
     * with a word that ends names (a verb or preposition of the clause) is the clause going on instead.
     */
    private static boolean enumerates(String rest) {
        java.util.regex.Matcher m = ENUMERATION.matcher(rest);
        if (!m.lookingAt()) return false;
        for (String w : m.group(1).strip().split("\\s+")) {
            if (STOP.contains(w)) return false;
        }
        return true;
    }

    private static final Pattern ENUMERATION = Pattern.compile(",\\s*((?:[\\p{Ll}\\p{M}]+\\s+){1,4})và\\s");

    private static boolean precededByVision(String text, int p) {
        return text.substring(Math.max(0, p - 12), p).contains("tầm nhìn");
    }

    /**
     * Where a descriptive name that starts after its head word at {@code from} ends: a quoted name ends
     * at its closing quote; otherwise at punctuation or a table cell's border (a vision clause ", tầm nhìn đến năm 2050", a road
     * ", Quốc lộ 4B" and a bracketed period or place are kept), at a word from {@link #STOP}, before
     * "và"/"," followed by another capitalised name head, or after {@value #MAX_TOKENS} words.
     * Trailing connectives are dropped. Returns {@code from} when there is no name.
     */
    static int extent(String text, int from) {
        int p = skipSpaces(text, from);
        if (p < text.length() && text.charAt(p) == '"') {
            int close = text.indexOf('"', p + 1);
            return close > p ? close + 1 : from;
        }
        int end = from;
        int tokens = 0;
        while (p < text.length() && tokens < MAX_TOKENS) {
            char c = text.charAt(p);
            if (",;:.!?)|".indexOf(c) >= 0 || c == '"') {
                java.util.regex.Matcher v = VISION.matcher(text.substring(p));
                java.util.regex.Matcher r = ROAD.matcher(text.substring(p));
                if (c == ',' && v.find()) {
                    end = p + v.end();
                    p = end;
                    continue;
                }
                if (c == ',' && r.find()) {
                    end = p + r.end();
                    p = end;
                    continue;
                }
                if (c == ',' && tokens > 0 && enumerates(text.substring(p))) {
                    p = skipSpaces(text, p + 1);
                    continue; // "Kế hoạch sao lưu, phục hồi dữ liệu và ứng phó sự cố": the name lists its parts
                }
                break;
            }
            if (c == '(') {
                java.util.regex.Matcher m = PAREN.matcher(text.substring(p));
                if (!m.find()) break;
                end = p + m.end();
                p = skipSpaces(text, end);
                tokens++;
                continue;
            }
            int q = p;
            while (q < text.length() && !Character.isWhitespace(text.charAt(q)) && ",;:.!?()\"|".indexOf(text.charAt(q)) < 0) q++;
            if (q + 1 < text.length() && text.charAt(q) == '.' && Character.isLetterOrDigit(text.charAt(q + 1))) {
                while (q < text.length() && !Character.isWhitespace(text.charAt(q)) && ",;:()".indexOf(text.charAt(q)) < 0) q++;
            }
            String token = text.substring(p, q);
            if (tokens > 0 && STOP.contains(token)) break;
            // "bảo đảm" ends a name as a verb; "bảo vệ", "bảo hiểm", "bảo tồn" are words of the name
            if (tokens > 0 && token.equals("bảo") && text.startsWith("đảm", skipSpaces(text, q))) break;
            if (tokens > 0 && token.equals("và") && NEXT_PLURAL.matcher(text.substring(q)).lookingAt()) break;
            if (tokens > 0 && QUANTITY.matcher(token).matches()) break;
            if (tokens > 0 && token.equals("trong") && IN_PERIOD.matcher(text.substring(q)).lookingAt()) break; // "... trong quý II năm 2026"
            if (token.equals("đến") && text.startsWith("năm", skipSpaces(text, q))) {
                java.util.regex.Matcher y = UNTIL_YEAR.matcher(text.substring(p));
                if (y.find() && !precededByVision(text, p)) {
                    end = p + y.end();
                    break; // "... đến năm 2030" closes the name
                }
            }
            if (tokens > 0 && token.equals("-") && q >= text.length()) break;
            end = q;
            tokens++;
            p = skipSpaces(text, q);
        }
        return trimTrailing(text, from, end);
    }

    private static int trimTrailing(String text, int from, int end) {
        int e = end;
        while (e > from) {
            int s = e;
            while (s > from && !Character.isWhitespace(text.charAt(s - 1))) s--;
            String last = text.substring(s, e);
            if (!TRAILING.contains(last) && !last.equals("-")) break;
            e = s;
            while (e > from && Character.isWhitespace(text.charAt(e - 1))) e--;
        }
        return e;
    }

    static int skipSpaces(String text, int p) {
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) p++;
        return p;
    }
}
