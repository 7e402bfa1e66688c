package org.lskg.extract;

import org.lskg.text.Casing;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.lskg.extract.Patterns.AFTER;
import static org.lskg.extract.Patterns.BEFORE;
import static org.lskg.extract.Patterns.CODE_NAME;
import static org.lskg.extract.Patterns.PLACE_NAME;

/**
 * Projects and programmes. Projects: national roads ("Quốc lộ 4B"), expressways ("cao tốc Hữu Nghị -
 * Chi Lăng"), industrial parks and clusters (also in lists: "các cụm công nghiệp: Hợp Thành 1, Hợp
 * Thành 2, huyện Cao Lộc"), economic zones, geoparks, and "Dự án ..." with a descriptive name.
 * Programmes: capitalised "Chương trình", "Quy hoạch", "Đề án", "Kế hoạch", "Chiến lược", "Phong trào",
 * "Quy định" followed by a descriptive or quoted name.
 */
final class WorkRules {

    /** The first end of an expressway, up to " - ", may carry a lower-case typo ("Hữu nghị"); the second is a proper name. */
    private static final String FROM_SIDE = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+[\\p{L}\\p{M}]+){0,2}?(?:\\s*\\((?:tỉnh\\s+)?" + PLACE_NAME + "\\))?";
    private static final String TO_SIDE = PLACE_NAME + "(?:\\s*\\((?:tỉnh\\s+)?" + PLACE_NAME + "\\))?";
    private static final Pattern ROAD = Pattern.compile(BEFORE + "(?:Quốc lộ|quốc lộ|QL)\\s*(\\d+[A-Z]?)" + AFTER);
    private static final Pattern EXPRESSWAY = Pattern.compile(BEFORE
            + "(?:(?:[Dd]ự án|[Tt]uyến)\\s+)?(?:đầu tư xây dựng\\s+)?(?:tuyến\\s+)?(?:đường\\s+)?cao tốc\\s+(?:cửa khẩu\\s+)?("
            + FROM_SIDE + ")\\s*-\\s*(" + TO_SIDE + ")" + AFTER);
    private static final Pattern PARK = Pattern.compile(BEFORE + "(Khu công nghiệp|khu công nghiệp|KCN|Cụm công nghiệp|"
            + "cụm công nghiệp|CCN)\\s+(phía [\\p{Ll}\\s]*" + PLACE_NAME + "\\s+thị trấn\\s+" + PLACE_NAME + "|" + CODE_NAME + ")" + AFTER);
    private static final Pattern CLUSTER_LIST = Pattern.compile(BEFORE + "(?:các\\s+)?(?:cụm công nghiệp|CCN)\\s*:\\s*");
    private static final Pattern CLUSTER_ITEM = Pattern.compile("^\\s*(" + CODE_NAME + ")\\s*(?:,|;|và|$)");
    private static final Pattern QUALIFIER = Pattern.compile("^\\s*(?:huyện|thành phố|thị xã)\\s+" + PLACE_NAME + "\\s*(?:,|;|và|$)");
    private static final Pattern ZONE = Pattern.compile(BEFORE + "(?:Khu kinh tế cửa khẩu|khu kinh tế cửa khẩu)\\s+("
            + PLACE_NAME + "\\s*-\\s*" + PLACE_NAME + ")" + AFTER);
    private static final Pattern GEOPARK = Pattern.compile(BEFORE + "[Cc]ông viên địa chất(\\s+toàn cầu)?(?:\\s+(?:UNESCO|tỉnh))?\\s+("
            + PLACE_NAME + ")" + AFTER);
    private static final Pattern SPORTS = Pattern.compile(BEFORE + "Khu liên hợp thể thao\\s+(tỉnh\\s+" + PLACE_NAME + ")" + AFTER);
    private static final Pattern PROJECT = Pattern.compile(BEFORE + "(Dự án|dự án(?=\\s*\"))");
    private static final Pattern PROGRAMME = Pattern.compile(BEFORE
            + "(Chương trình|Quy hoạch|Đề án|Kế hoạch|Chiến lược|Phong trào|Quy định|chương trình(?=\\s*\")|"
            + "đề án(?=\\s*\")|phong trào(?=\\s*\")|quy hoạch chung)" + AFTER);
    /** Words after a programme head that make it generic, not a name: "Kế hoạch đề ra", "Kế hoạch số 200/KH-UBND". */
    private static final Set<String> GENERIC = Set.of("số", "đề", "này", "đã", "được", "trên", "của", "và", "công", "các",
            "theo", "kèm", "ban", "cho", "tại", "trong", "với");
    /** "Kế hoạch hành động ban hành kèm ...": the formula of an annexed document (NĐ 30/2020) follows the name. */
    private static final Pattern ANNEXED = Pattern.compile("\\s+(?:được\\s+)?ban hành(?:\\s+kèm(?:\\s+theo)?)?$");
    private static final Pattern NESTED_HEAD = Pattern.compile(
            "^(?:Khu công nghiệp|Cụm công nghiệp|cao tốc|tuyến cao tốc|Quốc lộ|Khu liên hợp|Khu kinh tế|Công viên)");
    /** The yearly socio-economic plan, whatever the case of its head: "kế hoạch phát triển kinh tế - xã hội năm 2024". */
    private static final Pattern YEAR_PLAN = Pattern.compile(BEFORE + "[Kk]ế hoạch phát triển kinh tế\\s*-\\s*xã hội(?:\\s+và[^.;]{0,80}?)?\\s+năm (\\d{4})" + AFTER);

    void find(Context ctx) {
        String t = ctx.text();
        String s = ctx.sentence().text();
        Matcher m = ROAD.matcher(t);
        while (m.find()) {
            ctx.add(m.start(), m.end(), EntityCategory.PROJECT, "Quốc lộ " + m.group(1));
        }
        m = EXPRESSWAY.matcher(t);
        while (m.find()) {
            ctx.add(m.start(), m.end(), EntityCategory.PROJECT,
                    "Dự án cao tốc " + side(m.group(1)) + " - " + side(m.group(2)));
        }
        m = PARK.matcher(t);
        while (m.find()) {
            String head = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String kind = head.startsWith("k") ? "Khu công nghiệp" : "Cụm công nghiệp";
            ctx.add(m.start(), m.end(), EntityCategory.PROJECT, kind + " " + m.group(2));
        }
        m = CLUSTER_LIST.matcher(t);
        while (m.find()) {
            clusters(ctx, m.end());
        }
        m = ZONE.matcher(t);
        while (m.find()) {
            ctx.add(m.start(), m.end(), EntityCategory.PROJECT, "Khu kinh tế cửa khẩu " + m.group(1).replaceAll("\\s*-\\s*", " - "));
        }
        m = GEOPARK.matcher(t);
        while (m.find()) {
            ctx.add(m.start(), m.end(), EntityCategory.PROJECT,
                    "Công viên địa chất" + (m.group(1) == null ? "" : " toàn cầu") + " " + m.group(2));
        }
        m = SPORTS.matcher(t);
        while (m.find()) {
            ctx.add(m.start(), m.end(), EntityCategory.PROJECT, "Khu liên hợp thể thao " + m.group(1));
        }
        m = PROJECT.matcher(t);
        while (m.find()) {
            int from = Patterns.skipSpaces(t, m.end());
            if (NESTED_HEAD.matcher(t.substring(from)).find()) continue; // "dự án Khu công nghiệp X" is X
            descriptive(ctx, m.start(), m.end(), "Dự án", EntityCategory.PROJECT);
        }
        m = YEAR_PLAN.matcher(t);
        while (m.find()) {
            ctx.add(m.start(), m.end(), EntityCategory.PROGRAM, "Kế hoạch phát triển kinh tế - xã hội năm " + m.group(1));
        }
        m = PROGRAMME.matcher(t);
        while (m.find()) {
            if (precededByPlural(t, m.start()) || namesABodyOrLaw(t, m.start())) continue;
            if (m.group(1).equals("Quy định") && !quoted(t, m.start())) continue;
            if (t.startsWith("/", Patterns.skipSpaces(t, m.end()))) continue; // "Đề án/kế hoạch": a class of documents
            descriptive(ctx, m.start(), m.end(), Casing.capitalizeFirst(m.group(1)), EntityCategory.PROGRAM);
        }
    }

    /** A head and the descriptive name after it; a quoted name loses its quotes in the label. */
    private static void descriptive(Context ctx, int start, int headEnd, String head, EntityCategory c) {
        String t = ctx.text();
        int end = Patterns.extent(t, headEnd);
        int before = start - 1;
        while (before >= 0 && t.charAt(before) == ' ') before--;
        if (before >= 0 && t.charAt(before) == '"') {
            int close = t.indexOf('"', headEnd);
            if (close > headEnd) end = close; // “Quy định tạm thời thích ứng an toàn, linh hoạt, ...”: the quotes bound it
        }
        String name = ctx.sentence().text().substring(headEnd, end).strip();
        String plain = name.replaceAll("[\"“”]", "").strip();
        if (plain.isEmpty()) return;
        String first = plain.split("\\s+")[0];
        if (GENERIC.contains(first)) return;
        if (plain.split("\\s+").length < 2 && !plain.matches("\\d+.*")) return;
        plain = ANNEXED.matcher(plain).replaceFirst("");
        // two lower-case words alone are a kind of plan, not one plan: "Chương trình hành động", "Kế hoạch công tác"
        if (plain.matches("[\\p{Ll}\\p{M}]+\\s+[\\p{Ll}\\p{M}]+")) return;
        plain = plain.replace("MTQG", "mục tiêu quốc gia");
        ctx.add(start, end, c, head + " " + plain);
    }

    /** "các cụm công nghiệp: Hợp Thành 1, Hợp Thành 2, huyện Cao Lộc; Bắc Sơn 2, huyện Bắc Sơn". */
    private static void clusters(Context ctx, int from) {
        String t = ctx.text();
        int p = from;
        while (p < t.length()) {
            Matcher q = QUALIFIER.matcher(t.substring(p));
            if (q.find()) {
                p += q.end();
                continue;
            }
            Matcher item = CLUSTER_ITEM.matcher(t.substring(p));
            if (!item.find()) return;
            int s = p + item.start(1);
            ctx.add(s, p + item.end(1), EntityCategory.PROJECT, "Cụm công nghiệp " + item.group(1));
            p += item.end();
        }
    }

    /**
     * A head word right after a body's or a law's word is part of that name, not a programme: "Sở Quy hoạch -
     * Kiến trúc", "Viện Quy hoạch", "Luật Quy hoạch sửa đổi" (shared/eval/dev tvpl-001c610b2efdcf0c; corpus-real).
     */
    private static boolean namesABodyOrLaw(String t, int start) {
        return BODY_OR_LAW.matcher(t.substring(Math.max(0, start - 12), start)).find();
    }

    private static final Pattern BODY_OR_LAW = Pattern.compile("(?:^|[^\\p{L}])(?:Luật|Sở|Bộ|Cục|Vụ|Viện|Phòng|Ban|Trung tâm)\\s+$");

    /**
     * Whether an opening quote stands right before the head. "Quy định" unquoted titles a regulation ("Nghị định
     * số ... của Chính phủ Quy định chi tiết ...", "ban hành Quy định chức năng ..."), a legal norm and no
     * programme; a programme so named is quoted ("“Quy định tạm thời thích ứng an toàn, linh hoạt ...”").
     */
    private static boolean quoted(String t, int start) {
        int before = start - 1;
        while (before >= 0 && t.charAt(before) == ' ') before--;
        return before >= 0 && t.charAt(before) == '"';
    }

    private static boolean precededByPlural(String t, int start) {
        String before = t.substring(Math.max(0, start - 8), start).strip();
        return before.endsWith("các") || before.endsWith("những") || before.endsWith("Các");
    }

    /** An expressway end in title case, without the province in brackets: "Đồng Đăng (tỉnh Lạng Sơn)" → "Đồng Đăng". */
    private static String side(String s) {
        return Casing.capitalizeWords(s.replaceAll("\\s*\\(.*\\)", "").strip());
    }
}
