package org.lskg.extract;

import org.lskg.text.Provinces;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.lskg.extract.Patterns.AFTER;
import static org.lskg.extract.Patterns.BEFORE;

/**
 * People's Committees and Councils named collectively.
 * <ul>
 *   <li>A class at one level is one body (the evaluation contract's convention, and how the documents use
 *       it: the class is given tasks): "UBND các tỉnh, thành phố trực thuộc Trung ương", "Ủy ban nhân dân
 *       cấp tỉnh" → Ủy ban nhân dân cấp tỉnh; "UBND các huyện, thành phố" → ... cấp huyện; "UBND các xã,
 *       phường, đặc khu" → ... cấp xã; "HĐND, UBND các tỉnh, thành phố" → both councils and committees.
 *       "UBND các cấp" names no level and stays nothing.</li>
 *   <li>A list of named provinces is one body each: "Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk, Khánh Hòa"
 *       → Ủy ban nhân dân tỉnh Gia Lai, ... (items must be provinces or centrally-run cities of {@link
 *       Provinces}, which keeps ordinary capitalised words out).</li>
 * </ul>
 */
final class CollectiveRules {

    /**
     * Heads of the bodies named as classes. The standing committees of councils ("TT HĐND, UBND các huyện")
     * are read so that their council is not taken for a class of its own, and are no class themselves: the
     * contract's classes are the committees and councils.
     */
    private static final Map<String, String> HEADS = Map.of("Ủy ban nhân dân", "Ủy ban nhân dân", "UBND", "Ủy ban nhân dân",
            "Hội đồng nhân dân", "Hội đồng nhân dân", "HĐND", "Hội đồng nhân dân",
            "Thường trực Hội đồng nhân dân", "", "Thường trực HĐND", "", "TT HĐND", "");
    private static final String HEAD = "(Thường trực Hội đồng nhân dân|Thường trực HĐND|TT HĐND|Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)";
    private static final String UNIT = "(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)";
    /** "HĐND, UBND" or "HĐND và UBND": heads sharing the level written after the last. */
    private static final String HEADS_SHARED = "(" + HEAD + "(?:\\s*(?:,|và)\\s*" + HEAD + ")*)";
    private static final Pattern LEVEL = Pattern.compile(BEFORE + HEADS_SHARED + "\\s+(?:(?i:cấp)\\s+(?<level>(?i:tỉnh|huyện|xã))"
            + "|(?<plural>các\\s+)?(?<units>" + UNIT + "(?:\\s*(?:,|và|/)\\s*" + UNIT + ")*)"
            + "(?<scope>\\s+(?:trực thuộc|thuộc)\\s+(?:[Tt]rung ương|TW|tỉnh))?)" + AFTER);
    private static final Pattern ONE_HEAD = Pattern.compile(HEAD);
    private static final Pattern ONE_UNIT = Pattern.compile(UNIT);
    /** What follows a list of unit words that names units rather than a level: a colon, or a capitalised name. */
    private static final Pattern NAMED_NEXT = Pattern.compile("^\\s*(?::|\\p{Lu})");
    /** A unit's name right after the unit words: "... đặc khu Cồn Cỏ". */
    private static final Pattern NAMED_UNIT = Pattern.compile("\\s+(" + Patterns.UNIT_NAME + ")" + AFTER);

    private static final Provinces PROVINCES = Provinces.standard();
    private static final String PROVINCE = "(?:" + PROVINCES.nameAlternation() + ")";
    private static final Pattern NAMED_PROVINCES = Pattern.compile(BEFORE + HEADS_SHARED
            + "\\s+các\\s+(?:tỉnh|thành phố|tỉnh,\\s*thành phố)\\s*:?\\s*(?<list>" + PROVINCE + AFTER + "(?:\\s*(?:,|và|, và)\\s*"
            + PROVINCE + AFTER + ")*)");
    private static final Pattern ITEM = Pattern.compile(PROVINCE + AFTER);

    void find(Context ctx) {
        String t = ctx.text();
        for (Matcher m = LEVEL.matcher(t); m.find(); ) {
            classes(ctx, m);
        }
        for (Matcher m = NAMED_PROVINCES.matcher(t); m.find(); ) {
            for (Matcher h = ONE_HEAD.matcher(t).region(m.start(1), m.end(1)); h.find(); ) {
                for (Matcher item = ITEM.matcher(t).region(m.start("list"), m.end("list")); item.find(); ) {
                    Optional<Provinces.Province> p = PROVINCES.byName(item.group());
                    String head = HEADS.get(h.group()).isEmpty() ? "Thường trực Hội đồng nhân dân" : HEADS.get(h.group());
                    p.ifPresent(q -> ctx.add(item.start(), item.end(), EntityCategory.AGENCY, head + " " + q.label()));
                }
            }
        }
    }

    /**
     * The class bodies of one match, one per head. When a name follows the unit words, the last of them
     * heads a named unit with a body of its own ("UBND các xã, phường, đặc khu Cồn Cỏ": the communes and
     * wards, and the special zone Cồn Cỏ).
     */
    private static void classes(Context ctx, Matcher m) {
        String t = ctx.text();
        String level;
        int classEnd = m.end();
        if (m.group("level") != null) {
            level = m.group("level").toLowerCase(java.util.Locale.ROOT);
        } else {
            List<int[]> units = new ArrayList<>();
            for (Matcher u = ONE_UNIT.matcher(t).region(m.start("units"), m.end("units")); u.find(); ) {
                units.add(new int[] {u.start(), u.end()});
            }
            Matcher named = NAMED_UNIT.matcher(t).region(m.end(), t.length());
            if (m.group("scope") == null && named.lookingAt() && (units.size() > 2 || units.size() == 2 && m.group("plural") != null)) {
                int[] last = units.remove(units.size() - 1);
                classEnd = units.get(units.size() - 1)[1];
                String unit = t.substring(last[0], last[1]);
                for (Matcher h = ONE_HEAD.matcher(t).region(m.start(1), m.end(1)); h.find(); ) {
                    String head = HEADS.get(h.group()).isEmpty() ? "Thường trực Hội đồng nhân dân" : HEADS.get(h.group());
                    ctx.add(last[0], named.end(), EntityCategory.AGENCY, head + " " + Context.placeLabel(unit, named.group(1)));
                }
            } else if (m.group("scope") == null && NAMED_NEXT.matcher(t.substring(m.end())).find()) {
                return;
            }
            Optional<String> l = level(units.stream().map(u -> t.substring(u[0], u[1])).toList(), m.group("plural") != null,
                    m.group("scope") == null ? "" : m.group("scope").strip());
            if (l.isEmpty()) return;
            level = l.get();
        }
        for (Matcher h = ONE_HEAD.matcher(t).region(m.start(1), m.end(1)); h.find(); ) {
            // the last head spans the level words, so the class wins over "UBND tỉnh" read alone
            int end = h.end() == m.end(1) ? classEnd : h.end();
            String head = HEADS.get(h.group());
            if (!head.isEmpty()) ctx.add(h.start(), end, EntityCategory.AGENCY, head + " cấp " + level);
        }
    }

    /**
     * The level that unit words name: "tỉnh", "huyện" or "xã"; empty when they name none (a single unit word
     * without "các": "UBND tỉnh" alone is the document's province) or levels that disagree.
     */
    private static Optional<String> level(List<String> units, boolean plural, String scope) {
        if (units.size() < 2 && !plural) return Optional.empty();
        Set<String> levels = new LinkedHashSet<>();
        for (String u : units) {
            switch (u) {
                case "tỉnh" -> levels.add("tỉnh");
                case "huyện", "quận", "thị xã" -> levels.add("huyện");
                case "xã", "phường", "thị trấn", "đặc khu" -> levels.add("xã");
                default -> { // thành phố: of the province level, or of the district level
                    if (scope.endsWith("tỉnh")) levels.add("huyện");
                    else if (!scope.isEmpty()) levels.add("tỉnh");
                }
            }
        }
        return levels.size() == 1 ? Optional.of(levels.iterator().next()) : Optional.empty();
    }
}
