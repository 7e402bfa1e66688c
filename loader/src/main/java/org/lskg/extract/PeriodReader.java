package org.lskg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period a reported figure covers from the words before it, resolved against the month the
 * report is about: "lũy kế 11 tháng" and "11 tháng đầu năm" run from January to the end of November,
 * "lũy kế (từ đầu năm)" to the end of the report's month, "trong tháng" is that month, "năm 2023" that
 * year ("năm 2023 đến hết 30/11/2023": up to that day), "cả năm" the report's year.
 */
final class PeriodReader {
    private PeriodReader() {}

    private static final Pattern PERIOD = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + "(?<cumulative>(?:lũy|luỹ) kế(?:\\s+(?:(?<cm>\\d{1,2})\\s+tháng(?:\\s+đầu năm)?|từ đầu năm))?)"
            + "|(?<months>(?<mm>\\d{1,2})\\s+tháng(?:\\s+đầu năm)?(?:\\s+năm\\s+(?<my>\\d{4}))?)"
            + "|(?<month>trong tháng(?:\\s+(?<tm>\\d{1,2})(?:\\s*(?:/|năm)\\s*(?<ty>\\d{4}))?)?)"
            + "|(?<year>năm\\s+(?<y>\\d{4})(?:\\s+đến hết\\s+(?:ngày\\s+)?(?<d>\\d{1,2})/(?<dm>\\d{1,2})/(?<dy>\\d{4}))?)"
            + "|(?<whole>cả năm)"
            + ")(?![\\p{L}\\d])");

    /** The last period named in {@code before}, if any; dates need {@code reportMonth} unless written out. */
    static Optional<Period> nearestBefore(String before, Optional<YearMonth> reportMonth) {
        Matcher m = PERIOD.matcher(before);
        int lastStart = -1;
        while (m.find()) {
            lastStart = m.start();
        }
        if (lastStart < 0) return Optional.empty();
        Matcher last = PERIOD.matcher(before);
        last.find(lastStart);
        String text = last.group().replaceAll("\\s+", " ");
        Optional<LocalDate> begin = Optional.empty();
        Optional<LocalDate> end = Optional.empty();
        try {
            if (last.group("cumulative") != null || last.group("months") != null) {
                String n = last.group("cm") != null ? last.group("cm") : last.group("mm");
                Optional<Integer> year = Optional.ofNullable(last.group("my")).map(Integer::parseInt)
                        .or(() -> reportMonth.map(YearMonth::getYear));
                Optional<YearMonth> to = n == null ? reportMonth
                        : year.map(y -> YearMonth.of(y, Integer.parseInt(n)));
                begin = to.map(t -> LocalDate.of(t.getYear(), 1, 1));
                end = to.map(YearMonth::atEndOfMonth);
            } else if (last.group("month") != null) {
                Optional<YearMonth> ym = last.group("tm") == null ? reportMonth
                        : Optional.ofNullable(last.group("ty")).map(Integer::parseInt)
                        .or(() -> reportMonth.map(YearMonth::getYear))
                        .map(y -> YearMonth.of(y, Integer.parseInt(last.group("tm"))));
                begin = ym.map(x -> x.atDay(1));
                end = ym.map(YearMonth::atEndOfMonth);
            } else if (last.group("year") != null) {
                int y = Integer.parseInt(last.group("y"));
                begin = Optional.of(LocalDate.of(y, 1, 1));
                end = Optional.of(last.group("d") == null ? LocalDate.of(y, 12, 31)
                        : LocalDate.of(Integer.parseInt(last.group("dy")), Integer.parseInt(last.group("dm")),
                        Integer.parseInt(last.group("d"))));
            } else {
                begin = reportMonth.map(x -> LocalDate.of(x.getYear(), 1, 1));
                end = reportMonth.map(x -> LocalDate.of(x.getYear(), 12, 31));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.of(new Period(text, Optional.empty(), Optional.empty())); // "tháng 13": keep the words
        }
        if (begin.isPresent() && end.isPresent() && begin.get().isAfter(end.get())) {
            return Optional.of(new Period(text, Optional.empty(), Optional.empty()));
        }
        return Optional.of(new Period(text, begin, end));
    }
}
