package org.lskg.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.lskg.extract.Patterns.AFTER;
import static org.lskg.extract.Patterns.BEFORE;
import static org.lskg.extract.Patterns.CODE_NAME;
import static org.lskg.extract.Patterns.PLACE_NAME;

/**
 * Named facilities and works that {@link WorkRules} leaves aside, each a project in the contract's sense
 * ("named investment/construction project, ... named facility"):
 * <ul>
 *   <li>national databases and information systems: "Cơ sở dữ liệu quốc gia về dân cư", "Hệ thống thông tin và
 *       cơ sở dữ liệu quốc gia về quy hoạch" (the national digital-government registers, named in 28 documents
 *       of shared/corpus-real and in shared/eval/dev hr-qd844-ttg-2026, tvpl-001c610b2efdcf0c,
 *       tvpl-a12a41bbbe518be8), and "Trung tâm dữ liệu quốc gia";</li>
 *   <li>economic zones by name, not only border ones: "Khu kinh tế Nghi Sơn", "Khu kinh tế mở Chu Lai", "Khu
 *       kinh tế Dung Quất";</li>
 *   <li>factories by name: "Nhà máy lọc hóa dầu Nghi Sơn", "Nhà máy điện Nhơn Trạch 4";</li>
 *   <li>a construction project written in lower case with its works and a proper name: "dự án nâng cấp
 *       đường từ Quốc lộ 12 đến cửa khẩu A Pa Chải", "dự án mở rộng cao tốc Thành phố Hồ Chí Minh - Trung
 *       Lương - Mỹ Thuận"; without a proper name ("dự án đầu tư xây dựng nhà ở xã hội") it is a class of
 *       projects, not one.</li>
 * </ul>
 */
final class FacilityRules {

    /** The topic of a national database: a few words, or a short list ("cán bộ, công chức, viên chức"). */
    private static final String TOPIC_WORD = "[\\p{L}\\p{M}&]+";
    private static final Pattern DATABASE = Pattern.compile(BEFORE
            + "(Hệ thống thông tin và |Hệ thống )?([Cc]ơ sở dữ liệu) quốc gia về\\s+");
    /** Words that end a database's topic: the clause goes on with a verb, a preposition or a connective. */
    private static final Set<String> TOPIC_STOP = Set.of("của", "và", "để", "theo", "trong", "tại", "thì", "bị", "được",
            "phục", "đã", "cho", "với", "từ", "khi", "là", "có", "do", "nhằm", "trên", "đến", "thuộc", "đáp", "gồm",
            "như", "sau", "trước", "hoặc", "này", "đó", "các", "những", "hiện", "đang", "sẽ", "bằng");
    private static final int TOPIC_WORDS = 4;
    private static final Pattern DATA_CENTRE = Pattern.compile(BEFORE + "Trung tâm dữ liệu quốc gia(?:\\s+số\\s+\\d+)?" + AFTER);
    private static final Pattern ECONOMIC_ZONE = Pattern.compile(BEFORE
            + "Khu kinh tế\\s+((?:mở|ven biển)\\s+)?(" + PLACE_NAME + ")" + AFTER);
    private static final Pattern FACTORY = Pattern.compile(BEFORE
            + "Nhà máy\\s+((?:[\\p{Ll}\\p{M}]+\\s+){1,4}?)(" + CODE_NAME + ")" + AFTER);
    /** "dự án (đầu tư) xây dựng / nâng cấp / mở rộng / cải tạo ...": a project described by its works. */
    private static final Pattern WORKS_PROJECT = Pattern.compile(BEFORE
            + "dự án(?=\\s+(?:đầu tư\\s+)?(?:xây dựng|nâng cấp|mở rộng|cải tạo|nạo vét)\\s)");
    /**
     * Where the name of a works project gives way to its place, time, frame or manner: "... tại Khu kinh tế
     * Nghi Sơn", "... trên địa bàn thành phố Hà Nội", "... vào ngày 19 tháng 12", "... theo hình thức BOT".
     */
    private static final Pattern WORKS_END = Pattern.compile("[,;:.()\"]|\\s(?:trên địa bàn|tại|vào ngày|trong|thuộc|theo|để|nhằm"
            + "|đã|được|của|với|cho|bằng|là)\\s");
    private static final int WORKS_CHARS = 160;

    void find(Context ctx) {
        String t = ctx.text();
        String s = ctx.sentence().text();
        Matcher m = DATABASE.matcher(t);
        while (m.find()) {
            int end = topicEnd(t, m.end());
            if (end <= m.end()) continue;
            String head = m.group(1) == null ? "" : m.group(1);
            String label = head + (head.isEmpty() ? "Cơ sở dữ liệu" : "cơ sở dữ liệu") + " quốc gia về "
                    + s.substring(m.end(), end).strip();
            ctx.add(m.start(), end, EntityCategory.PROJECT, label);
        }
        m = DATA_CENTRE.matcher(t);
        while (m.find()) {
            ctx.add(m.start(), m.end(), EntityCategory.PROJECT, s.substring(m.start(), m.end()));
        }
        m = ECONOMIC_ZONE.matcher(t);
        while (m.find()) {
            if (m.group(2).startsWith("Cửa") || m.group(2).startsWith("Và")) continue;
            ctx.add(m.start(), m.end(), EntityCategory.PROJECT, s.substring(m.start(), m.end()));
        }
        m = FACTORY.matcher(t);
        while (m.find()) {
            ctx.add(m.start(), m.end(), EntityCategory.PROJECT, s.substring(m.start(), m.end()));
        }
        m = WORKS_PROJECT.matcher(t);
        while (m.find()) {
            int end = worksEnd(t, m.end());
            String name = s.substring(m.end(), end).strip();
            // an expressway has its own rule and canonical label ("Dự án cao tốc Đồng Đăng - Trà Lĩnh")
            if (!namesAPlace(name) || name.contains("cao tốc")) continue;
            ctx.add(m.start(), end, EntityCategory.PROJECT, "Dự án " + name);
        }
    }

    /**
     * One national register named two ways in one document, "Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy
     * hoạch" and later "cơ sở dữ liệu quốc gia về quy hoạch", is one thing: the short name takes the full one.
     */
    static java.util.List<EntityMention> sameRegister(java.util.List<EntityMention> mentions) {
        java.util.Map<String, String> full = new java.util.HashMap<>();
        for (EntityMention m : mentions) {
            String l = m.label();
            int at = l.indexOf(" cơ sở dữ liệu quốc gia về ");
            if (m.category() == EntityCategory.PROJECT && l.startsWith("Hệ thống") && at > 0) {
                full.putIfAbsent("Cơ sở dữ liệu" + l.substring(at + " cơ sở dữ liệu".length()), l);
            }
        }
        if (full.isEmpty()) return mentions;
        java.util.List<EntityMention> out = new java.util.ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String to = m.category() == EntityCategory.PROJECT ? full.get(m.label()) : null;
            out.add(to == null ? m : m.relabel(to, m.resolution()));
        }
        return out;
    }

    /** The end of a works project's name: its first punctuation or scope word, within {@value #WORKS_CHARS} characters. */
    private static int worksEnd(String t, int from) {
        int limit = Math.min(t.length(), from + WORKS_CHARS);
        Matcher e = WORKS_END.matcher(t).region(from, limit);
        int end = e.find() ? e.start() : limit;
        while (end > from && Character.isWhitespace(t.charAt(end - 1))) end--;
        return end;
    }

    /** The end of a database's topic: up to {@value #TOPIC_WORDS} words, then items of a comma list of short ones. */
    static int topicEnd(String t, int from) {
        int p = from;
        int end = from;
        int words = 0;
        Matcher w = Pattern.compile("\\G\\s*(" + TOPIC_WORD + ")").matcher(t);
        while (words < TOPIC_WORDS && w.find(p)) {
            if (TOPIC_STOP.contains(w.group(1).toLowerCase(java.util.Locale.ROOT))) break;
            end = w.end();
            p = end;
            words++;
        }
        Matcher item = Pattern.compile("\\G,\\s*([\\p{Ll}\\p{M}]+\\s+[\\p{Ll}\\p{M}]+)(?=\\s*(?:,|$|[.;)]|\\s(?:và|của|để|theo|được)\\s))")
                .matcher(t);
        int items = 0;
        int listEnd = end;
        while (words > 0 && items < 3 && item.find(listEnd)) {
            String first = item.group(1).split("\\s+")[0];
            if (TOPIC_STOP.contains(first)) break;
            listEnd = item.end();
            items++;
        }
        // a list is "cán bộ, công chức, viên chức"; one item before "và" is the clause's own list ("dân cư, định danh và ...")
        return items >= 2 ? listEnd : end;
    }

    /** A capitalised word after the first: the works are named by a place or a road ("... Quốc lộ 12", "... Nghi Sơn"). */
    private static boolean namesAPlace(String name) {
        String[] words = name.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) return true;
        }
        return false;
    }
}
