package org.lskg.extract;

import org.lskg.text.Abbreviations;
import org.lskg.text.Fold;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.lskg.extract.Patterns.AFTER;
import static org.lskg.extract.Patterns.BEFORE;
import static org.lskg.extract.Patterns.PLACE_NAME;
import static org.lskg.extract.Patterns.UNIT_ANY_CASE;
import static org.lskg.extract.Patterns.UNIT_NAME;

/**
 * Bodies: People's Committees and Councils and the other bodies that exist at every level ("UBND tỉnh",
 * "Tòa án nhân dân tỉnh", {@code local-bodies.tsv}), party committees ("Ban Thường vụ Tỉnh ủy", "Thành ủy
 * Cần Thơ"), ministries and departments by their domain ("Bộ Tài chính", "Sở Y tế", "Sở KH&CN"; also
 * elliptical lists "các Bộ: Tài chính, Kế hoạch và Đầu tư"), regional branches of national bodies ("Kho bạc
 * Nhà nước khu vực XI") and bodies with descriptive names ("Ban Chỉ đạo ...", "Trung tâm ..."). A body named
 * by its level only ("UBND tỉnh", "Thành ủy", "Sở Y tế") belongs to the document's province or centrally-run
 * city ({@link Context#provinceUnit}); a province or city is always labelled as {@link
 * org.lskg.text.Provinces} writes it ("Ủy ban nhân dân Thành phố Hồ Chí Minh" → "... thành phố Hồ Chí Minh").
 */
final class AgencyRules {

    private static final String COMMITTEE = "(Tỉnh ủy|Thành ủy|Huyện ủy)";
    /** "Thành ủy Thành phố Hồ Chí Minh", "Tỉnh ủy tỉnh Nghệ An": the committee's place, with its unit word or not. */
    private static final String COMMITTEE_PLACE = "(?:\\s+(?:(?:Thành phố|thành phố|TP\\.?|tỉnh|Tỉnh)\\s+)?"
            + "(?!(?:Thành phố|Tỉnh|TP)" + AFTER + ")(" + UNIT_NAME + "))?";
    private static final Pattern PARTY = Pattern.compile(BEFORE
            + "(?:(Ban Thường vụ|Thường trực|TT\\.|TT|Văn phòng|Ban Tuyên giáo và Dân vận|Ban Tuyên giáo|Ủy ban Kiểm tra"
            + "|Ban Tổ chức|Ban Dân vận|Ban Nội chính)\\s+)?" + COMMITTEE + COMMITTEE_PLACE + AFTER);
    private static final Pattern PARTY_COMMITTEE = Pattern.compile(BEFORE
            + "Ban Chấp hành Đảng bộ (tỉnh|huyện|thành phố)(?:\\s+(" + UNIT_NAME + "))?" + AFTER);
    /**
     * Branches of national bodies by region, from the 2025 reorganisation ("Kiểm toán nhà nước khu vực II",
     * "Ngân hàng Nhà nước khu vực 8", "Chi cục Hải quan khu vực XI", "Thuế khu vực XII").
     */
    private static final Pattern REGIONAL = Pattern.compile(BEFORE + "((?:Kiểm toán|Kho bạc|Ngân hàng) [Nn]hà nước|Chi cục Hải quan"
            + "|Chi cục [Tt]huế|Hải quan|Thuế|Bảo hiểm xã hội|Thống kê)\\s+[Kk]hu vực\\s+([IVXL]+|\\d+)" + AFTER);
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
    /** A department's own place written after it: "Sở Y tế tỉnh Hà Tĩnh", "Sở Tài chính Thành phố Hồ Chí Minh". */
    private static final Pattern OWN_PLACE = Pattern.compile("^\\s+(" + UNIT_ANY_CASE + ")\\s+(" + UNIT_NAME + ")" + AFTER);

    /** Heads of bodies that exist at each level as written ("UBND"), mapped to the full form. */
    private final Map<String, String> local;
    private final Pattern localBody;
    /** "Tỉnh ủy, HĐND, UBND tỉnh Lạng Sơn": bodies that share the unit written after the last of them. */
    private final Pattern sharedUnit;
    private final Pattern sharedHead;
    private final Pattern sharedNext;
    private final Pattern domainPattern;
    /** One domain at the start of the rest of a list, longest first. */
    private final Pattern listItem;
    private final List<String> domains;
    private final Map<String, String> domainByKey;
    private final Map<String, String> domainAbbreviations;

    AgencyRules(NameLexicon lexicon, Abbreviations abbreviations) {
        this.local = lexicon.localHeads();
        String heads = alternation(local.keySet());
        this.localBody = Pattern.compile(BEFORE + "(" + heads + ")\\s+(" + UNIT_ANY_CASE + ")(?:\\s+(" + UNIT_NAME + "))?" + AFTER);
        this.sharedUnit = Pattern.compile(BEFORE + "((?:(?:" + heads + "|Tỉnh ủy|Thành ủy)\\s*,\\s*)+)(" + heads + ")\\s+("
                + UNIT_ANY_CASE + ")(?:\\s+(" + UNIT_NAME + "))?" + AFTER);
        this.sharedHead = Pattern.compile("(" + heads + "|Tỉnh ủy|Thành ủy)\\s*,");
        this.sharedNext = Pattern.compile("^\\s*,\\s*(?:" + heads + ")\\s*[,\\s]");
        this.domains = lexicon.domains();
        this.domainByKey = domains.stream().collect(Collectors.toMap(Fold::key, d -> d, (a, b) -> a));
        this.domainAbbreviations = abbreviations.entries().values().stream()
                .filter(e -> e.kind() == Abbreviations.Kind.TERM && domainByKey.containsKey(Fold.key(e.expansion())))
                .collect(Collectors.toMap(Abbreviations.Entry::abbreviation, e -> domainByKey.get(Fold.key(e.expansion()))));
        String domainForms = java.util.stream.Stream.concat(domains.stream(), domainAbbreviations.keySet().stream())
                .sorted(Comparator.comparingInt(String::length).reversed()).map(AgencyRules::flexible)
                .collect(Collectors.joining("|"));
        this.domainPattern = Pattern.compile(BEFORE + "(Bộ|Sở)\\s+(" + domainForms + ")" + AFTER);
        this.listItem = Pattern.compile("(" + domains.stream().map(AgencyRules::flexible)
                .collect(Collectors.joining("|")) + ")" + AFTER);
    }

    void find(Context ctx) {
        String t = ctx.text();
        for (Matcher m = localBody.matcher(t); m.find(); ) {
            Optional<String> place = placeOf(ctx, m.group(2), m.group(3));
            if (place.isPresent()) {
                ctx.add(m.start(), m.end(), EntityCategory.AGENCY, local.get(m.group(1)) + " " + place.get());
            }
        }
        for (Matcher m = PARTY.matcher(t); m.find(); ) {
            party(ctx, m);
        }
        for (Matcher m = sharedUnit.matcher(t); m.find(); ) {
            Optional<String> place = placeOf(ctx, m.group(3), m.group(4));
            if (place.isEmpty()) continue;
            for (Matcher h = sharedHead.matcher(t).region(m.start(1), m.end(1)); h.find(); ) {
                String head = h.group(1);
                Optional<String> label = head.endsWith(" ủy") ? committee(head, place.get()) : Optional.of(local.get(head) + " " + place.get());
                label.ifPresent(l -> ctx.add(h.start(1), h.end(1), EntityCategory.AGENCY, l));
            }
        }
        for (Matcher m = PARTY_COMMITTEE.matcher(t); m.find(); ) {
            Optional<String> place = placeOf(ctx, m.group(1), m.group(2));
            if (place.isPresent()) {
                ctx.add(m.start(), m.end(), EntityCategory.AGENCY, "Ban Chấp hành Đảng bộ " + place.get());
            }
        }
        for (Matcher m = domainPattern.matcher(t); m.find(); ) {
            Matcher own = OWN_PLACE.matcher(t).region(m.end(), t.length());
            if (m.group(1).equals("Sở") && own.lookingAt()) {
                ctx.add(m.start(), own.end(), EntityCategory.AGENCY,
                        "Sở " + domain(m.group(2)) + " " + Context.placeLabel(own.group(1), own.group(2)));
            } else {
                ctx.add(m.start(), m.end(), EntityCategory.AGENCY, ministry(ctx, m.group(1), m.group(2)));
            }
        }
        for (Matcher m = LIST_HEAD.matcher(t); m.find(); ) {
            list(ctx, m.group(1), m.end());
        }
        for (Matcher m = REGIONAL.matcher(t); m.find(); ) {
            ctx.add(m.start(), m.end(), EntityCategory.AGENCY, m.group(1) + " khu vực " + m.group(2));
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
     * "Ban Thường vụ Tỉnh ủy", "Thành ủy Cần Thơ", "Thành ủy Thành phố Hồ Chí Minh": a party committee (or one
     * of its organs) by the name the party gives it ({@link org.lskg.text.Provinces.Province#partyCommittee});
     * named without a place, it is the document's own unit's, if the committee's kind fits the unit (a
     * Tỉnh ủy in a province, a Thành ủy in a centrally-run city).
     */
    private void party(Context ctx, Matcher m) {
        String t = ctx.text();
        String prefix = m.group(1) == null ? "" : m.group(1).startsWith("TT") ? "Thường trực " : m.group(1) + " ";
        String kind = m.group(2);
        Optional<String> name;
        if (m.group(3) != null) {
            name = Context.provinceNamed(m.group(3)).filter(p -> kindFits(kind, p.unit())).map(p -> p.partyCommittee())
                    .or(() -> Optional.of(kind + " " + Context.normalizeLabel(m.group(3))));
            Context.provinceNamed(m.group(3)).filter(p -> kindFits(kind, p.unit()))
                    .ifPresent(p -> ctx.add(m.start(3), m.end(3), EntityCategory.PLACE, p.label()));
        } else {
            boolean shared = sharedNext.matcher(t.substring(m.end())).find(); // "Tỉnh ủy, HĐND, UBND tỉnh Cao Bằng"
            name = shared ? Optional.empty()
                    : ctx.province().filter(p -> kindFits(kind, p.unit())).map(p -> p.partyCommittee());
        }
        name.ifPresent(n -> ctx.add(m.start(), m.end(), EntityCategory.AGENCY, prefix + n));
    }

    /** The party committee of a unit: "Tỉnh ủy" + "tỉnh Cao Bằng" → "Tỉnh ủy Cao Bằng". */
    private static Optional<String> committee(String kind, String place) {
        Optional<org.lskg.text.Provinces.Province> p = org.lskg.text.Provinces.standard().byLabel(place);
        if (p.isPresent()) return kindFits(kind, p.get().unit()) ? Optional.of(p.get().partyCommittee()) : Optional.empty();
        return Optional.of(kind + " " + place.replaceFirst("^(?:tỉnh|thành phố|huyện)\\s+", ""));
    }

    /** A Tỉnh ủy is a province's committee, a Thành ủy a centrally-run city's (or a smaller city's), a Huyện ủy neither. */
    private static boolean kindFits(String kind, String unit) {
        return kind.equals("Tỉnh ủy") ? unit.equals("tỉnh") : kind.equals("Thành ủy") && unit.equals("thành phố");
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
        Matcher act = ACTION.matcher(t).region(from, end);
        if (act.find()) end = act.start();
        while (end > from && Character.isWhitespace(t.charAt(end - 1))) end--;
        return end;
    }

    /**
     * What ends a body's descriptive name besides {@link Patterns#extent}: the verb of which the body is the
     * actor ("Ban Chỉ đạo 389 quốc gia tăng cường kiểm tra", "Trung tâm Chuyển đổi số Thành phố chủ trì",
     * "Cục Thuế nhận", "Chi cục Hải quan khu vực XI tăng cường công tác"), a copula or list ("Ban Chỉ đạo là
     * Chủ tịch UBND tỉnh", "Ban Chỉ đạo gồm đại diện ...", "Ban Chỉ đạo 389 các bộ, ngành"; not "Ban Quản lý các khu chế xuất"), an alternative
     * ("Ban Chỉ đạo hoặc Tổ Công tác"), a table cell's border, or a bracketed period ("(2026 trở đi)") —
     * shared/eval/dev tvpl-0a97eb9c3c536047, tvpl-8018a6f353d60a9e, tvpl-001c610b2efdcf0c,
     * tvpl-2847e16133f7b987, tvpl-64ac847426fe67d5.
     */
    private static final Pattern ACTION = Pattern.compile("\\s*\\|"
            + "|\\s\\((?:[^()]*\\s)?trở đi\\)"
            + "|\\s(?:là|gồm|hoặc|các (?:bộ|sở|ngành|cơ quan|địa phương|đơn vị)|chủ trì|phối hợp|tăng cường|tập trung|chỉ đạo"
            + "|nhận|tham mưu|khẩn trương|tiếp tục|có trách nhiệm|chịu trách nhiệm|báo cáo|đề nghị)(?![\\p{L}\\p{N}])");

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

    /** "Bộ Tài chính"; a department is its province's: "Sở Y tế tỉnh Hà Tĩnh", "Sở KH&CN" → "Sở Khoa học và Công nghệ ...". */
    private String ministry(Context ctx, String head, String domainAsWritten) {
        String name = head + " " + domain(domainAsWritten);
        return head.equals("Sở") ? ctx.provinceUnit().map(u -> name + " " + u).orElse(name) : name;
    }

    /** A domain as its list writes it, from any spelling or abbreviation. */
    private String domain(String asWritten) {
        String abbreviated = domainAbbreviations.get(asWritten);
        return abbreviated != null ? abbreviated : domainByKey.getOrDefault(Fold.key(asWritten), Context.normalizeLabel(asWritten));
    }

    /**
     * The unit named by a unit word and a name ("Thành phố Hồ Chí Minh" → "thành phố Hồ Chí Minh"), or, the
     * name left out ("UBND tỉnh"), the document's own unit when the word is its level.
     */
    private static Optional<String> placeOf(Context ctx, String unit, String name) {
        if (name != null) return Context.cutShort(unit, name) ? Optional.empty() : Optional.of(Context.placeLabel(unit, name));
        return ctx.unitOf(unit);
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
