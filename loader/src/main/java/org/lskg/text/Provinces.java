package org.lskg.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnam's provinces and centrally-run cities (đơn vị hành chính cấp tỉnh) before and after the 2025
 * arrangement, read from {@code org/lskg/data/provinces.tsv}: the 63 units of 2024, thành phố Huế from
 * 01/01/2025 and the 34 units from 01/7/2025 (NQ 202/2025/QH15), each with its validity and successor.
 * Immutable and thread-safe.
 *
 * <p>Names are compared by {@link Fold#key}: case, punctuation, dash style and tone-mark placement do not
 * matter ("TP. HỒ CHÍ MINH", "Khánh Hoà", "Bà Rịa – Vũng Tàu" are found), diacritics do.
 *
 * <pre>{@code
 * Provinces p = Provinces.standard();
 * p.byLabel("Thành phố Hồ Chí Minh").get().label();           // "thành phố Hồ Chí Minh"
 * p.byLabel("tỉnh Bắc Giang").get().successor();              // Optional["tỉnh Bắc Ninh"]
 * p.byLabel("thành phố Lạng Sơn");                            // empty: a city of the district level
 * }</pre>
 */
public final class Provinces {

    private static final String RESOURCE = "/org/lskg/data/provinces.tsv";

    /**
     * One provincial unit.
     *
     * @param gsoCode        its GSO code of before 2025 ("20")
     * @param unit           "tỉnh" or "thành phố"
     * @param name           the proper name ("Lạng Sơn")
     * @param validFrom      its first day, for units that began after 2024
     * @param validUntil     its last day, for units that ended
     * @param successor      the label of the unit it was merged into or became ("tỉnh Tuyên Quang")
     * @param partyCommittee its party committee ("Tỉnh ủy Hà Giang", "Thành ủy Thành phố Hồ Chí Minh")
     * @param aliases        other spellings of the name ("Đăk Lăk", "HCM")
     * @param source         where the facts come from
     */
    public record Province(String gsoCode, String unit, String name, Optional<LocalDate> validFrom,
            Optional<LocalDate> validUntil, Optional<String> successor, String partyCommittee, List<String> aliases,
            String source) {

        public Province {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
        }

        /** "tỉnh Hà Tĩnh", "thành phố Hồ Chí Minh": the unit's name as running text writes it. */
        public String label() {
            return unit + " " + name;
        }

        /** A centrally-run city (thành phố trực thuộc trung ương) rather than a province. */
        public boolean isCity() {
            return unit.equals(CITY);
        }

        /** Whether the unit existed on {@code day}. */
        public boolean validOn(LocalDate day) {
            return validFrom.map(f -> !day.isBefore(f)).orElse(true) && validUntil.map(u -> !day.isAfter(u)).orElse(true);
        }

        /** The name and its other spellings. */
        public List<String> names() {
            List<String> all = new ArrayList<>(aliases.size() + 1);
            all.add(name);
            all.addAll(aliases);
            return List.copyOf(all);
        }
    }

    public static final String PROVINCE = "tỉnh";
    public static final String CITY = "thành phố";

    /** A unit word as documents write it: "tỉnh", "Tỉnh", "TỈNH", "thành phố", "TP.", "Tp". */
    private static final Pattern UNIT_WORD = Pattern.compile("(?iu)^\\s*(tỉnh|thành phố|tp\\.?|t\\.p\\.?)\\s*");

    private final List<Province> all;
    private final Map<String, List<Province>> byNameKey = new HashMap<>();

    private Provinces(List<Province> all) {
        this.all = List.copyOf(all);
        for (Province p : all) {
            for (String n : p.names()) {
                List<Province> same = byNameKey.computeIfAbsent(Fold.key(n), k -> new ArrayList<>());
                if (!same.contains(p)) same.add(p);
            }
        }
    }

    /** The table shipped with lskg, read once. */
    public static Provinces standard() {
        return Standard.INSTANCE;
    }

    /** Every unit, in the order of the file (GSO order, thành phố Huế after Thừa Thiên Huế). */
    public List<Province> all() {
        return all;
    }

    /**
     * The unit a label names, unit word included ("tỉnh Hà Tĩnh", "Thành phố Hồ Chí Minh", "TP.HCM"). The
     * unit word must be the unit's own: "thành phố Lạng Sơn" is a city of the district level, not the
     * province. A bare name ("Hà Tĩnh") is {@link #byName}.
     */
    public Optional<Province> byLabel(String label) {
        Matcher m = UNIT_WORD.matcher(Objects.requireNonNull(label, "label"));
        if (!m.lookingAt()) return Optional.empty();
        String wanted = Fold.key(m.group(1)).equals(PROVINCE) ? PROVINCE : CITY;
        return byName(label.substring(m.end())).filter(p -> p.unit().equals(wanted));
    }

    /** The unit with this proper name or spelling ("Hà Tĩnh", "Khánh Hoà", "HCM"), if exactly one has it. */
    public Optional<Province> byName(String name) {
        List<Province> found = byNameKey.getOrDefault(Fold.key(Objects.requireNonNull(name, "name")), List.of());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * Whether {@code name} is the start of a province's name cut short ("Điện" of "Điện Biên", "Bà Rịa" of "Bà
     * Rịa - Vũng Tàu", "Hồ" of "Hồ Chí Minh", where a line break or a heading cut the name): a proper prefix,
     * word by word, of a name and no name itself.
     */
    public boolean isCutShort(String name) {
        String key = Fold.key(name);
        if (key.isEmpty() || byNameKey.containsKey(key)) return false;
        return byNameKey.keySet().stream().anyMatch(k -> k.startsWith(key + " "));
    }

    /** The unit that took over from {@code p}, following successors until a unit that did not end. */
    public Province current(Province p) {
        Province at = p;
        for (int guard = 0; at.successor().isPresent() && guard < all.size(); guard++) {
            Optional<Province> next = byLabel(at.successor().get());
            if (next.isEmpty()) break;
            at = next.get();
        }
        return at;
    }

    /** The units that {@code p} replaced: those whose successor it is. */
    public List<Province> predecessors(Province p) {
        return all.stream().filter(q -> q.successor().map(s -> s.equals(p.label())).orElse(false)).toList();
    }

    /**
     * Every name and spelling as a regular-expression alternation, longest first, tolerant of dash style
     * and spacing ("Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu"): for patterns that must read a name with
     * punctuation or of more words than a generic proper name.
     */
    public String nameAlternation() {
        return all.stream().flatMap(p -> p.names().stream()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Provinces::flexible)
                .reduce((a, b) -> a + "|" + b).orElse("(?!)");
    }

    private static String flexible(String name) {
        String[] tokens = name.split("\\s+");
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            boolean dash = tokens[i].equals("-");
            if (i > 0) re.append(dash || tokens[i - 1].equals("-") ? "\\s*" : "\\s+");
            re.append(dash ? "[-–—]" : Pattern.quote(tokens[i]));
        }
        return re.toString();
    }

    private static Provinces load() {
        List<Province> out = new ArrayList<>();
        for (DataFile.Row row : DataFile.rows(RESOURCE)) {
            row.require(9, "9 tab-separated columns: gso, unit, name, valid_from, valid_until, successor, party, aliases, source");
            String unit = row.get(1);
            if (!unit.equals(PROVINCE) && !unit.equals(CITY)) {
                throw new IllegalStateException(row.resource() + ":" + row.line() + ": unit must be tỉnh or thành phố");
            }
            List<String> aliases = row.get(7).isEmpty() ? List.of() : List.of(row.get(7).split("\\|"));
            out.add(new Province(row.get(0), unit, row.get(2), date(row.get(3)), date(row.get(4)), optional(row.get(5)),
                    row.get(6), aliases, row.get(8)));
        }
        Provinces p = new Provinces(out);
        for (Province q : out) {
            q.successor().ifPresent(s -> {
                if (p.byLabel(s).isEmpty()) throw new IllegalStateException(RESOURCE + ": unknown successor " + s);
            });
        }
        return p;
    }

    private static Optional<LocalDate> date(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s));
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static final class Standard {
        static final Provinces INSTANCE = load();
    }
}
