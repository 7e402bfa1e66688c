package org.lskg.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities, numbers with a unit, in Vietnamese text (see {@link VietnameseNumbers} for the
 * notation). A number counts only when a unit of the {@link Units} vocabulary follows it, which leaves
 * out years, article numbers and names ("Đề án 06"); the reader also skips what only looks like a
 * quantity: ratios and markers written with a slash ("115/115 công trình", "mốc 1088/2-1089"),
 * chainages ("Km3+700"), and numbers that a preceding word makes a date or an ordinal ("năm 2024",
 * "lần thứ 14"). Immutable and thread-safe.
 */
public final class QuantityReader {

    private static final String NUM = "(?:" + VietnameseNumbers.REGEX + ")";
    private static final String SCALES = String.join("|", VietnameseNumbers.Scale.allWordsLongestFirst());
    /** A number or a range, then an optional scale word; the unit is looked up after it. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,/+])(" + NUM + ")(?:\\s*[-–—]\\s*(" + NUM + "))?(?![\\d/])"
                    + "(?:\\s*(" + SCALES + ")(?![\\p{L}]))?\\s?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words after which a number is a date, an ordinal, a marker or a code, not an amount. */
    private static final Pattern NOT_AMOUNT_BEFORE = Pattern.compile(
            "(?iu)(?:(?<![\\p{L}])(?:năm|tháng|ngày|quý|số|thứ|mốc|giai đoạn|thời kỳ|đoạn|khoản|điều|mục|khóa|khoá|tuổi|lần)"
                    + "|[/+])\\s*$");
    /** A rate's denominator after a counted noun: "trên 1 vạn dân", "/1.000 dân", "/vạn dân". */
    private static final Pattern PER = Pattern.compile(
            "(?iu)^\\s*(?:trên|/)\\s*(?:(" + NUM + ")\\s*)?(" + SCALES + ")?\\s*(dân|người dân|người)(?![\\p{L}])");
    private static final Pattern LOWER = Pattern.compile(
            "(?iu)(?:(?<![\\p{L}])(?:từ|trên|hơn|tối thiểu|ít nhất|không dưới|không thấp hơn))\\s*$");
    private static final Pattern UPPER = Pattern.compile(
            "(?iu)(?:(?<![\\p{L}])(?:dưới|tối đa|không quá|không vượt quá))\\s*$");
    private static final Pattern OR_MORE = Pattern.compile("(?iu)^\\s*trở lên");
    private static final Pattern OR_LESS = Pattern.compile("(?iu)^\\s*trở xuống");

    private final Units units;

    public QuantityReader(Units units) {
        this.units = units;
    }

    /** A reader with lskg's unit vocabulary. */
    public static QuantityReader standard() {
        return new QuantityReader(Units.standard());
    }

    /** Every quantity in {@code text}, in order. */
    public List<Quantity> findAll(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Optional<Quantity> q = read(text, m);
            if (q.isPresent()) {
                out.add(q.get());
                from = q.get().end();
            } else {
                from = m.start(1) + m.group(1).length();
            }
        }
        return List.copyOf(out);
    }

    private Optional<Quantity> read(String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start() - 20), m.start());
        if (NOT_AMOUNT_BEFORE.matcher(before).find()) {
            return Optional.empty();
        }
        Optional<Units.Entry> entry = units.prefixOf(text.substring(m.end()));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> lo = VietnameseNumbers.tryParse(m.group(1));
        Optional<BigDecimal> hi = m.group(2) == null ? lo : VietnameseNumbers.tryParse(m.group(2));
        if (lo.isEmpty() || hi.isEmpty() || lo.get().compareTo(hi.get()) > 0) {
            return Optional.empty();
        }
        Optional<VietnameseNumbers.Scale> scale = Optional.ofNullable(m.group(3)).flatMap(VietnameseNumbers.Scale::of);
        Units.Entry e = entry.get();
        int end = m.end() + e.written().length();
        String unitText = (m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT) + " ")
                + text.substring(m.end(), end);
        String code = e.code();
        if (e.kind() == Unit.Kind.COUNT) {
            Matcher per = PER.matcher(text.substring(end));
            if (per.find()) {
                Optional<VietnameseNumbers.Scale> perScale = Optional.ofNullable(per.group(2))
                        .flatMap(VietnameseNumbers.Scale::of);
                int exp = perScale.map(VietnameseNumbers.Scale::exponent).orElse(0)
                        + (per.group(1) == null ? 0 : powerOfTen(VietnameseNumbers.parse(per.group(1))));
                unitText = unitText + "/" + (per.group(2) == null ? "" : per.group(2) + " ") + per.group(3);
                code = code + "/1e" + exp + " inhabitant";
                end += per.end();
            }
        }
        String valueText = text.substring(m.start(1), m.group(2) == null ? m.end(1) : m.end(2));
        Quantity q = new Quantity(m.start(1), end, valueText, lo.get(), hi.get(),
                new Unit(unitText, code, e.kind(), scale), Quantity.Bound.EXACT);
        String after = text.substring(end);
        String lead = text.substring(Math.max(0, m.start() - 25), m.start());
        if (OR_MORE.matcher(after).find() || LOWER.matcher(lead).find()) {
            q = q.withBound(Quantity.Bound.AT_LEAST);
        } else if (OR_LESS.matcher(after).find() || UPPER.matcher(lead).find()) {
            q = q.withBound(Quantity.Bound.AT_MOST);
        }
        return Optional.of(q);
    }

    /** The exponent of a power of ten written as a number ("1.000" → 3); other numbers round down. */
    private static int powerOfTen(BigDecimal v) {
        return v.signum() <= 0 ? 0 : v.precision() - v.scale() - 1;
    }
}
