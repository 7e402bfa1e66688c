package org.lskg.document;

import org.lskg.text.Abbreviations;
import org.lskg.text.Casing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the issuer block (box 2 of Phụ lục I, NĐ 30/2020): the left-column lines in capitals above the
 * number, the parent body over the issuing one ("BỘ TÀI CHÍNH" / "CỤC THUẾ"), each possibly cut over
 * several lines where the box is narrow. The same block heads a consolidated text's authentication.
 */
final class IssuerBlock {

    /** The quốc hiệu and motto of the right column, and the rules under them: never the issuer. */
    static final Pattern NATIONAL_MOTTO = Pattern.compile(
            "(?iu)cộng\\s+h(?:òa|oà)\\s+xã\\s+hội|độc\\s+lập\\s*-\\s*tự\\s+do|đảng\\s+cộng\\s+sản\\s+việt\\s+nam|^[-_=*. ]{3,}$");
    /** Head nouns of a body line in capitals: ỦY BAN, HỘI ĐỒNG, SỞ, BỘ, and since 2025 "THUẾ TỈNH ..." of Cục Thuế. */
    private static final Pattern BODY_HEAD = Pattern.compile(
            "(?U)^(ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|BỘ|VĂN PHÒNG|BAN|CỤC|TỔNG CỤC|CHI CỤC|TRUNG TÂM|VIỆN|"
                    + "TÒA ÁN|TOÀ ÁN|THANH TRA|CHÍNH PHỦ|THỦ TƯỚNG|QUỐC HỘI|TỈNH ỦY|TỈNH UỶ|HUYỆN ỦY|HUYỆN UỶ|"
                    + "THÀNH ỦY|THÀNH UỶ|ĐẢNG ỦY|ĐẢNG UỶ|KHO BẠC|NGÂN HÀNG|CÔNG AN|BỘ CHỈ HUY|ĐOÀN|CÔNG TY|"
                    + "KIỂM TOÁN|BẢO HIỂM XÃ HỘI|HẢI QUAN|THUẾ (?=TỈNH|THÀNH PHỐ|CƠ SỞ))\\b");
    private static final Pattern BARE_HEAD = Pattern.compile("(?u)(?:ỦY BAN|UỶ BAN|HỘI ĐỒNG|SỞ|BỘ|VĂN PHÒNG|BAN|CỤC|"
            + "TỔNG CỤC|CHI CỤC|TRUNG TÂM|VIỆN|KHO BẠC|NGÂN HÀNG|CÔNG AN)");
    private static final Pattern POST_OF_BODY = Pattern.compile("(?u)^(CHỦ TỊCH|THỦ TƯỚNG)\\s+(?=\\p{Lu})");
    /** Columns right of this hold the quốc hiệu, not the issuer. */
    private static final int RIGHT_COLUMN = 30;

    private final Abbreviations abbreviations;

    IssuerBlock(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** A line in capitals that opens with a body's head noun. */
    static boolean startsWithHeadNoun(String line) {
        return BODY_HEAD.matcher(line).find();
    }

    /** The bodies of the block in lines [from, end), parent first, in running-text case. */
    List<String> read(List<Line> lines, int from, int end) {
        List<StringBuilder> bodies = new ArrayList<>();
        for (int i = from; i < end; i++) {
            List<Line.Cell> cells = lines.get(i).cells();
            if (cells.isEmpty()) continue;
            Line.Cell left = cells.get(0);
            String t = left.text();
            Matcher motto = NATIONAL_MOTTO.matcher(t);
            if (motto.find() && motto.start() > 0) {
                t = t.substring(0, motto.start()).strip(); // "BỘ LAO ĐỘNG - THƯƠNG BINH CỘNG HÒA ...": a narrow gap
            }
            if (t.isEmpty() || motto.reset(t).find() || !Casing.isUpper(t)
                    || (cells.size() == 1 && left.column() > RIGHT_COLUMN)) {
                continue;
            }
            if (bodies.isEmpty() || startsBody(t, bodies.get(bodies.size() - 1))) {
                bodies.add(new StringBuilder(t));
            } else {
                bodies.get(bodies.size() - 1).append(' ').append(t);
            }
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder b : bodies) {
            String name = bodyName(expand(b.toString().replaceAll("\\s+", " ")));
            if (out.isEmpty() || !out.get(out.size() - 1).equals(name)) out.add(name); // a gazette's section line
        }
        return out;
    }

    /**
     * A body name in running-text case; a post that issues in its own name keeps its body's case:
     * "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI" → "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai", "THỦ TƯỚNG CHÍNH
     * PHỦ" → "Thủ tướng Chính phủ".
     */
    static String bodyName(String upper) {
        Matcher post = POST_OF_BODY.matcher(upper);
        if (post.find() && post.end() < upper.length()) {
            return Casing.bodyName(post.group(1)) + " " + Casing.bodyName(upper.substring(post.end()));
        }
        return Casing.bodyName(upper);
    }

    /**
     * Whether a line of the issuer block names a new body (the issuer under its parent) or goes on with
     * the one above: header lines are cut where the box is narrow ("BỘ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH",
     * "UBND THÀNH PHỐ HÀ" / "NỘI"), so only a line that opens with a body's head noun starts a new one,
     * and not when the line above is a head noun alone ("BỘ" / "TÀI CHÍNH").
     */
    private static boolean startsBody(String line, CharSequence above) {
        return BODY_HEAD.matcher(line).find() && !BARE_HEAD.matcher(above).matches();
    }

    /** "UBND TỈNH LÀO CAI" → "ỦY BAN NHÂN DÂN TỈNH LÀO CAI": body abbreviations spelt out, still in capitals. */
    private String expand(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String token : upper.split(" ")) {
            String word = abbreviations.lookup(token)
                    .filter(e -> e.kind() == Abbreviations.Kind.LOCAL || e.kind() == Abbreviations.Kind.BODY)
                    .map(e -> e.expansion().toUpperCase(Locale.ROOT))
                    .orElse(token);
            sb.append(sb.length() == 0 ? "" : " ").append(word);
        }
        return sb.toString();
    }
}
