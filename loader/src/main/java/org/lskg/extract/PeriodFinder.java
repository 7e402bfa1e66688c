package org.lskg.extract;

import org.lskg.extract.Deadline.Precision;
import org.lskg.text.DateMention;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time expressions of a Vietnamese text, each resolved to the calendar period it names. Whether an
 * expression is a deadline is not decided here: that depends on the words before it ({@link DeadlineCue}).
 *
 * <p>Forms: full dates (as {@link DateMention} finds them); a day without a year ("ngày 20/12", "ngày 20
 * tháng 12"); months ("tháng 02/2024", "tháng 12", "tháng này", "tháng tới"); quarters in roman or arabic
 * figures ("quý III/2024", "quý I năm 2024", "quý 4"); the first or last months of a year ("6 tháng đầu năm
 * 2024", "6 tháng cuối năm"); years ("năm 2023", "năm nay", "năm tới", and a bare "năm" closing a phrase as
 * in "đến hết năm."); spans ("02 năm", "30 ngày", "10 ngày làm việc", optionally "kể từ ngày ..."). A year
 * range ("năm 2023 - 2024") is a period of a plan or a school year, never reported. Lunar dates ("Tết
 * Nguyên đán") are not read.
 *
 * <p>A form without a year takes it from the document date: the period is the first one with that name
 * that does not end before the document date ("trước ngày 15/01" in a December 2023 document → 2024-01-15).
 * Spans count from the document date unless an explicit "kể từ ngày D" gives another start. Without a
 * document date such forms are not reported. Overlapping expressions yield the longest.
 */
final class PeriodFinder {

    /** A resolved expression: its words are {@code text.substring(start, end)}; {@code first..last} inclusive. */
    record Period(int start, int end, Precision precision, LocalDate first, LocalDate last) {}

    private static final String NOT_AFTER_LETTER = "(?<![\\p{L}\\d])";
    private static final String WORD_END = "(?![\\p{L}\\d])";

    private static final Pattern DAY_NO_YEAR = Pattern.compile("(?iu)" + NOT_AFTER_LETTER
            + "ngày\\s*(\\d{1,2})\\s*(?:[/.-]|tháng)\\s*(\\d{1,2})(?!\\s*(?:[/.-]|năm)\\s*\\d)(?![\\d/])");
    private static final Pattern MONTH_NO_YEAR = Pattern.compile("(?iu)" + NOT_AFTER_LETTER
            + "tháng\\s*(\\d{1,2})(?!\\s*(?:[/-]|năm)\\s*\\d)(?![\\d/])");
    private static final Pattern MONTH_DEICTIC = Pattern.compile("(?iu)" + NOT_AFTER_LETTER
            + "tháng\\s+(này|tới|sau)" + WORD_END);
    private static final Pattern QUARTER = Pattern.compile("(?iu)" + NOT_AFTER_LETTER
            + "quý\\s+(IV|I{1,3}|[1-4])" + WORD_END + "(?:\\s*(?:/|-|năm)\\s*(\\d{4})(?!\\d)|\\s+(năm\\s+nay))?");
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?iu)" + NOT_AFTER_LETTER
            + "(\\d{1,2}|ba|sáu|chín)\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s*(\\d{4})(?!\\s*[-–]\\s*\\d)(?!\\d)"
            + "|\\s+(nay))?" + WORD_END);
    private static final Pattern YEAR = Pattern.compile("(?iu)" + NOT_AFTER_LETTER
            + "năm\\s*(?:(\\d{4})(?!\\s*[-–]\\s*\\d)(?![\\d/])|(nay|tới|sau)" + WORD_END
            + "|(?=\\s*(?:[,;.:)!?]|$)|\\s+(?:và|hoặc|để)" + WORD_END + "))");
    private static final Pattern SPAN = Pattern.compile("(?iu)" + "(?<![\\p{L}\\d/.,])"
            + "(\\d{1,3}|một|hai|ba|bốn|sáu|bảy|tám|chín|mười)\\s+(ngày\\s+làm\\s+việc|ngày|tuần|tháng|năm)"
            + WORD_END + "(?!\\s*(?:đầu|cuối|năm|nay|qua|tới|sau|trước|học|\\d)" + WORD_END + ")");
    /** Between a span and the date it counts from: "02 năm, kể từ ngày 15/01/2024". */
    private static final Pattern SPAN_FROM = Pattern.compile("(?iu)\\s*,?\\s*(?:kể\\s+)?từ\\s+(?:ngày\\s*)?");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("một", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bốn", 4),
            Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8), Map.entry("chín", 9),
            Map.entry("mười", 10));
    private static final Map<String, Integer> QUARTERS = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4);

    private final Optional<LocalDate> documentDate;

    PeriodFinder(Optional<LocalDate> documentDate) {
        this.documentDate = documentDate;
    }

    /** Every period named in {@code text}, in order of position, none overlapping another. */
    List<Period> find(String text) {
        List<Period> all = new ArrayList<>();
        List<DateMention> mentions = DateMention.findAll(text);
        for (DateMention d : mentions) {
            all.add(d.date().map(day -> new Period(d.start(), d.end(), Precision.DAY, day, day))
                    .orElseGet(() -> month(d.start(), d.end(), d.yearMonth())));
        }
        each(DAY_NO_YEAR, text, this::dayNoYear, all);
        each(MONTH_NO_YEAR, text, this::monthNoYear, all);
        each(MONTH_DEICTIC, text, this::monthDeictic, all);
        each(QUARTER, text, this::quarter, all);
        each(PART_OF_YEAR, text, this::partOfYear, all);
        each(YEAR, text, this::year, all);
        each(SPAN, text, m -> span(m, text, mentions), all);
        return longestFirst(all);
    }

    private static void each(Pattern p, String text, Function<Matcher, Optional<Period>> read,
                             List<Period> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            read.apply(m).ifPresent(out::add);
        }
    }

    private static List<Period> longestFirst(List<Period> all) {
        List<Period> kept = new ArrayList<>();
        all.stream()
                .sorted(Comparator.comparingInt((Period p) -> p.end() - p.start()).reversed()
                        .thenComparingInt(Period::start))
                .forEach(p -> {
                    if (kept.stream().noneMatch(k -> p.start() < k.end() && k.start() < p.end())) {
                        kept.add(p);
                    }
                });
        kept.sort(Comparator.comparingInt(Period::start));
        return List.copyOf(kept);
    }

    private Optional<Period> dayNoYear(Matcher m) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        return nextFrom(year -> {
            try {
                LocalDate d = LocalDate.of(year, month, day);
                return new Period(m.start(), m.end(), Precision.DAY, d, d);
            } catch (DateTimeException e) {
                return null; // "ngày 30/2", or 29/2 of a common year
            }
        });
    }

    private Optional<Period> monthNoYear(Matcher m) {
        int month = Integer.parseInt(m.group(1));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return nextFrom(year -> month(m.start(), m.end(), YearMonth.of(year, month)));
    }

    private Optional<Period> monthDeictic(Matcher m) {
        int ahead = m.group(1).equalsIgnoreCase("này") ? 0 : 1;
        return documentDate.map(d -> month(m.start(), m.end(), YearMonth.from(d).plusMonths(ahead)));
    }

    private Optional<Period> quarter(Matcher m) {
        String q = m.group(1).toLowerCase(Locale.ROOT);
        int quarter = QUARTERS.containsKey(q) ? QUARTERS.get(q) : Integer.parseInt(q);
        IntFunction<Period> inYear = year -> {
            YearMonth firstMonth = YearMonth.of(year, quarter * 3 - 2);
            return new Period(m.start(), m.end(), Precision.QUARTER, firstMonth.atDay(1),
                    firstMonth.plusMonths(2).atEndOfMonth());
        };
        return m.group(2) != null ? Optional.of(inYear.apply(Integer.parseInt(m.group(2))))
                : m.group(3) != null ? documentDate.map(d -> inYear.apply(d.getYear()))
                : nextFrom(inYear);
    }

    private Optional<Period> partOfYear(Matcher m) {
        int months = count(m.group(1));
        if (months < 1 || months > 11) {
            return Optional.empty();
        }
        boolean opening = m.group(2).equalsIgnoreCase("đầu");
        IntFunction<Period> inYear = year -> opening
                ? new Period(m.start(), m.end(), Precision.MONTH, LocalDate.of(year, 1, 1),
                        YearMonth.of(year, months).atEndOfMonth())
                : new Period(m.start(), m.end(), Precision.MONTH, YearMonth.of(year, 13 - months).atDay(1),
                        LocalDate.of(year, 12, 31));
        return m.group(3) != null ? Optional.of(inYear.apply(Integer.parseInt(m.group(3))))
                : m.group(4) != null ? documentDate.map(d -> inYear.apply(d.getYear()))
                : nextFrom(inYear);
    }

    private Optional<Period> year(Matcher m) {
        IntFunction<Period> inYear = year -> new Period(m.start(), m.end(), Precision.YEAR,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        if (m.group(1) != null) {
            return Optional.of(inYear.apply(Integer.parseInt(m.group(1))));
        }
        int ahead = m.group(2) == null || m.group(2).equalsIgnoreCase("nay") ? 0 : 1;
        return documentDate.map(d -> inYear.apply(d.getYear() + ahead));
    }

    private Optional<Period> span(Matcher m, String text, List<DateMention> mentions) {
        int n = count(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Optional<DateMention> from = mentions.stream()
                .filter(d -> d.start() >= m.end() && d.day().isPresent())
                .filter(d -> SPAN_FROM.matcher(text).region(m.end(), d.start()).matches())
                .findFirst();
        Optional<LocalDate> start = from.isPresent() ? from.get().date() : documentDate;
        int end = from.map(DateMention::end).orElse(m.end());
        return start.map(s -> new Period(m.start(), end, Precision.RELATIVE, s, plus(s, n, unit)));
    }

    private static LocalDate plus(LocalDate start, int n, String unit) {
        return switch (unit) {
            case "năm" -> start.plusYears(n);
            case "tháng" -> start.plusMonths(n);
            case "tuần" -> start.plusWeeks(n);
            case "ngày" -> start.plusDays(n);
            default -> plusWorkingDays(start, n); // public holidays are not known here
        };
    }

    private static LocalDate plusWorkingDays(LocalDate start, int n) {
        LocalDate d = start;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    private static int count(String number) {
        Integer word = NUMBER_WORDS.get(number.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(number);
    }

    private static Period month(int start, int end, YearMonth month) {
        return new Period(start, end, Precision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /**
     * The period {@code inYear} names in the document's year, or in the next year when that one has already
     * ended by the document date or does not exist (29/2); empty without a document date or when neither
     * year has it.
     */
    private Optional<Period> nextFrom(IntFunction<Period> inYear) {
        return documentDate.flatMap(d -> {
            Period p = inYear.apply(d.getYear());
            return Optional.ofNullable(p == null || p.last().isBefore(d) ? inYear.apply(d.getYear() + 1) : p);
        });
    }
}
