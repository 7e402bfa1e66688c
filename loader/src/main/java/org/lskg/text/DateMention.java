package org.lskg.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date written in a Vietnamese text: "ngày 28 tháng 11 năm 2021", "28/11/2021", party style
 * "01-10-1997", or with the day left blank as in drafts ("ngày   tháng 01 năm 2024"); also month-only
 * "tháng 11/2023" and "tháng 12 năm 2023".
 *
 * @param start offset of the first character in the searched text
 * @param end   offset after the last character
 * @param text  the words as written
 * @param day   empty when the text gives only month and year
 */
public record DateMention(int start, int end, String text, int year, int month, OptionalInt day) {

    private static final String D = "(\\d{1,2})";
    private static final String M = "(\\d{1,2})";
    private static final String Y = "(\\d{4})";
    /** "ngày 28 tháng 11 năm 2021", with a possibly blank day and arbitrary spacing (PDF layout). */
    private static final Pattern WORDS = Pattern.compile(
            "(?iu)ngày\\s*" + D + "?\\s*tháng\\s*" + M + "\\s*năm\\s*" + Y);
    /** "ngày 11/10/2021", "11/10/2021", "01-10-1997", "11.10.2021". */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.-])" + D + "\\s*([/.-])\\s*" + M + "\\s*\\2\\s*" + Y + "(?![\\d/])");
    /** "tháng 11/2023", "tháng 12 năm 2023", "tháng 02-2024". */
    private static final Pattern MONTH = Pattern.compile(
            "(?iu)tháng\\s*" + M + "\\s*(?:/|-|năm)\\s*" + Y + "(?!\\d)");

    /** ISO 8601 text: "2021-11-28", or "2024-01" when there is no day. */
    public String iso() {
        return day.isPresent()
                ? String.format("%04d-%02d-%02d", year, month, day.getAsInt())
                : String.format("%04d-%02d", year, month);
    }

    public Optional<LocalDate> date() {
        return day.isPresent() ? Optional.of(LocalDate.of(year, month, day.getAsInt())) : Optional.empty();
    }

    public YearMonth yearMonth() {
        return YearMonth.of(year, month);
    }

    /** Every date in {@code text}, in order; month-only forms only where no full date covers them. */
    public static List<DateMention> findAll(String text) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            add(out, m, m.group(1), m.group(2), m.group(3));
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            if (!covered(out, m.start())) add(out, m, m.group(1), m.group(3), m.group(4));
        }
        m = MONTH.matcher(text);
        while (m.find()) {
            if (!covered(out, m.start())) add(out, m, null, m.group(1), m.group(2));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The first date in {@code text}, if any. */
    public static Optional<DateMention> first(String text) {
        List<DateMention> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static boolean covered(List<DateMention> found, int pos) {
        return found.stream().anyMatch(d -> pos >= d.start() && pos < d.end());
    }

    private static void add(List<DateMention> out, Matcher m, String d, String mo, String y) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(mo);
        OptionalInt day = d == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(d));
        try {
            if (day.isPresent()) {
                LocalDate.of(year, month, day.getAsInt());
            } else {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            return; // "35/13/2021" is not a date: a ratio, a marker, a typo
        }
        out.add(new DateMention(m.start(), m.end(), m.group(), year, month, day));
    }
}
