package org.lskg.trace;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A document's date as the store holds it — a day, a month ("2024-01", a draft without its day) or a year —
 * with the first and last day it may stand for. Tracing orders documents by these bounds, so that a month-only
 * date is never taken for more than it says.
 */
public record IssueDate(String lexical, LocalDate first, LocalDate last) implements Comparable<IssueDate> {

    public IssueDate {
        Objects.requireNonNull(lexical, "lexical");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last day before first day: " + lexical);
        }
    }

    /**
     * Reads an ISO date, year-month or year ({@code 2021-11-28}, {@code 2024-01}, {@code 2024}).
     *
     * @throws IllegalArgumentException if the text is none of them
     */
    public static IssueDate parse(String lexical) {
        try {
            return switch (lexical.length()) {
                case 10 -> day(LocalDate.parse(lexical));
                case 7 -> {
                    YearMonth m = YearMonth.parse(lexical);
                    yield new IssueDate(lexical, m.atDay(1), m.atEndOfMonth());
                }
                case 4 -> {
                    Year y = Year.parse(lexical);
                    yield new IssueDate(lexical, y.atDay(1), y.atMonth(12).atEndOfMonth());
                }
                default -> throw new IllegalArgumentException("not an ISO date, year-month or year: " + lexical);
            };
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO date, year-month or year: " + lexical, e);
        }
    }

    public static IssueDate day(LocalDate day) {
        return new IssueDate(day.toString(), day, day);
    }

    /** True when every day this date may stand for comes before every day {@code other} may stand for. */
    public boolean whollyBefore(IssueDate other) {
        return last.isBefore(other.first);
    }

    /** By first day, then by last day: "2023-12" sorts before "2023-12-08". */
    @Override
    public int compareTo(IssueDate o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : last.compareTo(o.last);
    }

    @Override
    public String toString() {
        return lexical;
    }
}
