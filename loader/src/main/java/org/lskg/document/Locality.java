package org.lskg.document;

import org.lskg.text.Provinces;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The province or centrally-run city a document belongs to, as the label of a unit of {@link Provinces}
 * ("tỉnh Nghệ An", "thành phố Hồ Chí Minh"): the unit whose bodies the document names without their
 * place ("UBND tỉnh", "Sở Y tế", "Thành ủy"). Only units of the province level count: "thành phố Lạng Sơn"
 * (a city of the district level) never makes a document one of a centrally-run city.
 */
public final class Locality {
    private Locality() {}

    private static final Provinces PROVINCES = Provinces.standard();
    /** A unit word and a known provincial name, in any case ("TỈNH NGHỆ AN", "TP. Hồ Chí Minh"). */
    private static final Pattern UNIT_NAME = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(tỉnh|thành phố|tp\\.?)\\s*("
            + PROVINCES.nameAlternation() + ")(?![\\p{L}\\p{N}])");

    /**
     * The unit named in the issuer's name or in the name of its superior body ("Sở Y tế" under "Ủy ban nhân
     * dân tỉnh Hà Tĩnh"); else {@link #of(String, Optional)} of the text and the place of issue.
     */
    public static Optional<String> of(ParsedDocument doc) {
        Optional<String> fromIssuer = doc.issuer().flatMap(i -> first(i.name()).or(() -> i.parent().flatMap(Locality::first)));
        return fromIssuer.or(() -> of(doc.text(), doc.place()));
    }

    /**
     * The unit of the place of issue ("Nghệ An, ngày ...", "Thành phố Hồ Chí Minh, ngày ...") when the text
     * also names it with its unit word, else the unit the text names most often (ties: the first named).
     * A central body writes "Hà Nội, ngày ..." without being of Hà Nội, hence the unit word.
     */
    public static Optional<String> of(String text, Optional<String> place) {
        Optional<Provinces.Province> placed = place.flatMap(p -> PROVINCES.byLabel(p).or(() -> PROVINCES.byName(p)));
        Map<Provinces.Province, Integer> counts = new LinkedHashMap<>();
        // a long text names its province thousands of times, in a handful of spellings: each is looked up once
        Map<String, Optional<Provinces.Province>> known = new HashMap<>();
        Matcher m = UNIT_NAME.matcher(text);
        while (m.find()) {
            Optional<Provinces.Province> p = known.computeIfAbsent(m.group(1) + " " + m.group(2), PROVINCES::byLabel);
            if (p.isEmpty()) continue;
            if (placed.equals(p)) return Optional.of(p.get().label());
            counts.merge(p.get(), 1, Integer::sum);
        }
        Provinces.Province best = null;
        for (Map.Entry<Provinces.Province, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        }
        return Optional.ofNullable(best).map(Provinces.Province::label);
    }

    /** The first provincial unit a name carries: "Ủy ban nhân dân Thành phố Hồ Chí Minh" → "thành phố Hồ Chí Minh". */
    private static Optional<String> first(String name) {
        Matcher m = UNIT_NAME.matcher(name);
        while (m.find()) {
            Optional<Provinces.Province> p = PROVINCES.byLabel(m.group(1) + " " + m.group(2));
            if (p.isPresent()) return Optional.of(p.get().label());
        }
        return Optional.empty();
    }
}
