package org.lskg.extract;

import org.lskg.text.Abbreviations;
import org.lskg.text.Fold;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.lskg.extract.Patterns.AFTER;
import static org.lskg.extract.Patterns.BEFORE;
import static org.lskg.extract.Patterns.PLACE_NAME;
import static org.lskg.extract.Patterns.UNIT;

/**
 * Bodies: People's Committees and Councils and the other bodies that exist at every level ("UBND tỉnh",
 * "Tòa án nhân dân tỉnh"), party committees ("Ban Thường vụ Tỉnh ủy"), ministries and departments by
 * their domain ("Bộ Tài chính", "Sở Y tế"; also elliptical lists "các Bộ: Tài chính, Kế hoạch và Đầu
 * tư"), and bodies with descriptive names ("Ban Chỉ đạo ...", "Trung tâm ..."). A body named by its level
 * only ("UBND tỉnh") belongs to the document's province.
 */
final class AgencyRules {

    /** Heads of bodies that exist at each level, with their abbreviations, mapped to the full form. */
    private static final Map<String, String> LOCAL = Map.ofEntries(
            Map.entry("Ủy ban nhân dân", "Ủy ban nhân dân"), Map.entry("UBND", "Ủy ban nhân dân"),
            Map.entry("Hội đồng nhân dân", "Hội đồng nhân dân"), Map.entry("HĐND", "Hội đồng nhân dân"),
            Map.entry("Thường trực Hội đồng nhân dân", "Thường trực Hội đồng nhân dân"),
            Map.entry("Thường trực HĐND", "Thường trực Hội đồng nhân dân"),
            Map.entry("TT HĐND", "Thường trực Hội đồng nhân dân"),
            Map.entry("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
            Map.entry("Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
            Map.entry("Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
            Map.entry("Tòa án nhân dân", "Tòa án nhân dân"), Map.entry("TAND", "Tòa án nhân dân"),
            Map.entry("Viện Kiểm sát nhân dân", "Viện Kiểm sát nhân dân"),
            Map.entry("Viện kiểm sát nhân dân", "Viện Kiểm sát nhân dân"), Map.entry("VKSND", "Viện Kiểm sát nhân dân"),
            Map.entry("Công an", "Công an"), Map.entry("Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Quân sự"),
            Map.entry("Bộ Chỉ huy Bộ đội Biên phòng", "Bộ Chỉ huy Bộ đội Biên phòng"),
            Map.entry("Đoàn đại biểu Quốc hội", "Đoàn đại biểu Quốc hội"), Map.entry("Đoàn ĐBQH", "Đoàn đại biểu Quốc hội"),
            Map.entry("Văn phòng Ủy ban nhân dân", "Văn phòng Ủy ban nhân dân"),
            Map.entry("Văn phòng UBND", "Văn phòng Ủy ban nhân dân"),
            Map.entry("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
                    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân"),
            Map.entry("Ban Dân tộc", "Ban Dân tộc"), Map.entry("Thanh tra", "Thanh tra"),
            Map.entry("Đài Phát thanh - Truyền hình", "Đài Phát thanh - Truyền hình"),
            Map.entry("Đài PTTH", "Đài Phát thanh - Truyền hình"), Map.entry("Đài PT-TH", "Đài Phát thanh - Truyền hình"),
            Map.entry("Công báo", "Công báo"), Map.entry("Cổng thông tin điện tử", "Cổng thông tin điện tử"),
            Map.entry("Kho bạc Nhà nước", "Kho bạc Nhà nước"), Map.entry("Thuế", "Thuế"));
    private static final Pattern LOCAL_BODY = Pattern.compile(BEFORE + "(" + alternation(LOCAL.keySet()) + ")\\s+("
            + UNIT + ")(?:\\s+(" + PLACE_NAME + "))?" + AFTER);
    private static final Pattern PARTY = Pattern.compile(BEFORE
            + "(?:(Ban Thường vụ|Thường trực|Văn phòng|Ban Tuyên giáo|Ủy ban Kiểm tra|Ban Tổ chức|Ban Dân vận|Ban Nội chính)\\s+)?"
            + "(Tỉnh ủy|Thành ủy|Huyện ủy)(?:\\s+(" + PLACE_NAME + "))?" + AFTER);
    /** "Tỉnh ủy, HĐND, UBND tỉnh Lạng Sơn": bodies that share the unit written after the last of them. */
    private static final Pattern SHARED_UNIT = Pattern.compile(BEFORE + "((?:(?:" + alternation(LOCAL.keySet())
            + "|Tỉnh ủy)\\s*,\\s*)+)(" + alternation(LOCAL.keySet()) + ")\\s+(" + UNIT + ")(?:\\s+(" + PLACE_NAME + "))?" + AFTER);
    private static final Pattern SHARED_HEAD = Pattern.compile("(" + alternation(LOCAL.keySet()) + "|Tỉnh ủy)\\s*,");
    private static final Pattern SHARED_NEXT = Pattern.compile("^\\s*,\\s*(?:" + alternation(LOCAL.keySet()) + ")\\s*[,\\s]");
    private static final Pattern PARTY_COMMITTEE = Pattern.compile(BEFORE
            + "Ban Chấp hành Đảng bộ (tỉnh|huyện|thành phố)(?:\\s+(" + PLACE_NAME + "))?" + AFTER);
    /** Heads of bodies whose name follows as a description: "Ban Chỉ đạo cải cách hành chính của Chính phủ". */
    private static final Pattern DESCRIPTIVE = Pattern.compile(BEFORE + "(Ban Chỉ đạo|Ban chỉ đạo|Ban Quản lý|Trung tâm|"
            + "Hội đồng thẩm định|Tổng cục|Chi cục|Cục|Công ty|Quỹ|Đại sứ quán|Khu ủy|Ủy ban Thường vụ Nhân đại|Nhân đại|"
            + "Ủy ban Công tác liên hợp|Cụm thành viên)(?=\\s+\\S)");
    private static final Pattern TITLE_CONTINUATION = Pattern.compile(
            ",\\s+((?!Bộ |Sở |Ủy ban |Trung tâm |Ban |Hội đồng |Chương trình |Kế hoạch |Đề án |Dự án )\\p{Lu}[\\p{Ll}\\p{M}]*\\s+[\\p{Ll}])");
    private static final Pattern NEWSPAPER = Pattern.compile(BEFORE + "Báo (" + PLACE_NAME + ")" + AFTER);
    private static final Pattern LIST_HEAD = Pattern.compile(BEFORE
            + "(?:các\\s+)?(Bộ|Sở)(?:\\s*,\\s*(?:ban|ngành|cơ quan))*\\s*:\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:,|;|và)\\s*");

    private final Pattern domainPattern;
    /** One domain at the start of the rest of a list, longest first. */
    private final Pattern listItem;
    private final List<String> domains;
    private final Map<String, String> domainByKey;
    private final Map<String, String> domainAbbreviations;

    AgencyRules(NameLexicon lexicon, Abbreviations abbreviations) {
        this.domains = lexicon.domains();
        this.domainPattern = Pattern.compile(BEFORE + "(Bộ|Sở)\\s+(" + domains.stream()
                .map(AgencyRules::flexible).collect(Collectors.joining("|")) + ")" + AFTER);
        this.listItem = Pattern.compile("(" + domains.stream().map(AgencyRules::flexible)
                .collect(Collectors.joining("|")) + ")" + AFTER);
        this.domainByKey = domains.stream().collect(Collectors.toMap(Fold::key, d -> d, (a, b) -> a));
        this.domainAbbreviations = abbreviations.entries().values().stream()
                .filter(e -> e.kind() == Abbreviations.Kind.TERM && domainByKey.containsKey(Fold.key(e.expansion())))
                .collect(Collectors.toMap(Abbreviations.Entry::abbreviation, e -> domainByKey.get(Fold.key(e.expansion()))));
    }

    void find(Context ctx) {
        String t = ctx.text();
        for (Matcher m = LOCAL_BODY.matcher(t); m.find(); ) {
            Optional<String> place = placeOf(ctx, m.group(2), m.group(3));
            if (place.isPresent()) {
                ctx.add(m.start(), m.end(), EntityCategory.AGENCY, LOCAL.get(m.group(1)) + " " + place.get());
            }
        }
        for (Matcher m = PARTY.matcher(t); m.find(); ) {
            String prefix = m.group(1) == null ? "" : m.group(1) + " ";
            boolean shared = SHARED_NEXT.matcher(t.substring(m.end())).find(); // "Tỉnh ủy, HĐND, UBND tỉnh Cao Bằng"
            Optional<String> name = m.group(3) != null ? Optional.of(m.group(3))
                    : m.group(2).equals("Tỉnh ủy") && !shared ? ctx.province() : Optional.empty();
            if (name.isPresent()) {
                ctx.add(m.start(), m.end(), EntityCategory.AGENCY, prefix + m.group(2) + " " + name.get());
            }
            if (m.group(3) != null && m.group(2).equals("Tỉnh ủy")) {
                ctx.add(m.start(3), m.end(3), EntityCategory.PLACE, "tỉnh " + m.group(3));
            }
        }
        for (Matcher m = SHARED_UNIT.matcher(t); m.find(); ) {
            Optional<String> place = placeOf(ctx, m.group(3), m.group(4));
            if (place.isEmpty()) continue;
            String name = place.get().substring(m.group(3).length() + 1);
            for (Matcher h = SHARED_HEAD.matcher(t).region(m.start(1), m.end(1)); h.find(); ) {
                String head = h.group(1).equals("Tỉnh ủy") ? "Tỉnh ủy " + name : LOCAL.get(h.group(1)) + " " + place.get();
                ctx.add(h.start(1), h.end(1), EntityCategory.AGENCY, head);
            }
        }
        for (Matcher m = PARTY_COMMITTEE.matcher(t); m.find(); ) {
            Optional<String> place = placeOf(ctx, m.group(1), m.group(2));
            if (place.isPresent()) {
                ctx.add(m.start(), m.end(), EntityCategory.AGENCY, "Ban Chấp hành Đảng bộ " + place.get());
            }
        }
        for (Matcher m = domainPattern.matcher(t); m.find(); ) {
            ctx.add(m.start(), m.end(), EntityCategory.AGENCY, ministry(ctx, m.group(1), m.group(2)));
        }
        for (Matcher m = LIST_HEAD.matcher(t); m.find(); ) {
            list(ctx, m.group(1), m.end());
        }
        for (Matcher m = DESCRIPTIVE.matcher(t); m.find(); ) {
            int end = descriptiveEnd(t, m.end());
            if (end > m.end() + 1) {
                ctx.add(m.start(), end, EntityCategory.AGENCY, ctx.sentence().text().substring(m.start(), end));
            }
        }
        for (Matcher m = NEWSPAPER.matcher(t); m.find(); ) {
            ctx.add(m.start(), m.end(), EntityCategory.AGENCY, "Báo " + m.group(1));
        }
    }

    /**
     * Where a body's descriptive name ends: at the end of the descriptive extent, carried on over a comma
     * when a title-case word follows ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"), and at most 120
     * characters after the head.
     */
    private static int descriptiveEnd(String t, int from) {
        int limit = Math.min(t.length(), from + 120);
        int end = Math.min(Patterns.extent(t, from), limit);
        Matcher c = TITLE_CONTINUATION.matcher(t);
        while (end < limit && c.region(end, t.length()).lookingAt()) {
            int next = Math.min(Patterns.extent(t, c.start(1)), limit);
            if (next <= end) break;
            end = next;
        }
        return end;
    }

    /** "các Bộ: Tài chính, Kế hoạch và Đầu tư" and "Các Bộ, cơ quan: KH&ĐT, TC, GTVT": one body per item. */
    private void list(Context ctx, String head, int from) {
        String t = ctx.text();
        int p = from;
        while (p < t.length()) {
            String rest = t.substring(p);
            String domain = null;
            int len = 0;
            Matcher dm = listItem.matcher(rest);
            if (dm.lookingAt()) {
                domain = dm.group(1);
                len = dm.end();
            }
            if (domain == null) {
                Matcher am = Pattern.compile("^([\\p{Lu}Đ&]{2,10})" + AFTER).matcher(rest);
                if (am.find() && domainAbbreviations.containsKey(am.group(1))) {
                    domain = domainAbbreviations.get(am.group(1));
                    len = am.end();
                }
            }
            if (domain == null) return;
            ctx.add(p, p + len, EntityCategory.AGENCY, ministry(ctx, head, domain));
            Matcher sep = SEPARATOR.matcher(t.substring(p + len));
            if (!sep.find()) return;
            p = p + len + sep.end();
        }
    }

    /** "Bộ Tài chính"; a department is its province's: "Sở Y tế tỉnh Lạng Sơn". */
    private String ministry(Context ctx, String head, String domainAsWritten) {
        String domain = domainByKey.getOrDefault(Fold.key(domainAsWritten), domainAsWritten);
        String name = head + " " + domain;
        return head.equals("Sở") ? ctx.provinceUnit().map(u -> name + " " + u).orElse(name) : name;
    }

    /** "tỉnh" + its name, or the document's province when the name is left out ("UBND tỉnh"). */
    private static Optional<String> placeOf(Context ctx, String unit, String name) {
        if (name != null) return Optional.of(unit + " " + name);
        return unit.equals("tỉnh") ? ctx.provinceUnit() : Optional.empty();
    }

    /** A name as a regular expression tolerant of dash style and spacing. */
    static String flexible(String name) {
        return Pattern.quote(name).replace(" - ", "\\E\\s*-\\s*\\Q").replace(" ", "\\E\\s+\\Q");
    }

    private static String alternation(java.util.Collection<String> forms) {
        return forms.stream().sorted((a, b) -> b.length() - a.length()).map(AgencyRules::flexible)
                .collect(Collectors.joining("|"));
    }
}
