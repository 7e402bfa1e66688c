package org.lskg.extract;

import org.lskg.extract.Deadline.Precision;
import org.lskg.extract.DeadlineCue.Cue;
import org.lskg.extract.PeriodFinder.Period;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the deadline of a Vietnamese directive and normalises it to the last allowed day, keeping the
 * words that state it. Stateless and thread-safe.
 *
 * <p>Text is expected as {@code org.lskg.document.TextNormalizer} produces it (NFC, ordinary spaces);
 * upper case is accepted. Which time expressions count as deadlines is described in {@link DeadlineCue};
 * how expressions without a year or counted from the document's date are resolved, in {@link PeriodFinder}.
 * Years are kept as printed even when they fall before the document's date: flagging a mistyped year is
 * the caller's business ({@code deadline.lastDay().isBefore(documentDate)}).
 */
public final class DeadlineParser {

    /**
     * When a clause states several deadlines, the one kept: the finest period (a day over a month over a
     * quarter over a year over a span from the document date, so "hoàn thành trong 02 năm, đưa vào sử
     * dụng năm 2023" gives 2023-12-31), then one said with "chậm nhất", then the latest day (alternatives
     * joined by "hoặc" allow the later one), then the first written.
     */
    private static final Comparator<Candidate> STRONGEST = Comparator
            .comparing((Candidate c) -> c.deadline().precision(), Comparator.reverseOrder())
            .thenComparing(Candidate::latest)
            .thenComparing(c -> c.deadline().lastDay())
            .thenComparing(c -> -c.deadline().start());

    private static final Set<Precision> PERIODS = EnumSet.of(Precision.MONTH, Precision.QUARTER, Precision.YEAR);
    /** Words by which a heading announces tasks; the period after the last of them is the one framing them. */
    private static final Pattern TASKS = Pattern.compile("(?iu)(?<![\\p{L}])(?:nhiệm\\s+vụ|kế\\s+hoạch"
            + "|phương\\s+hướng|mục\\s+tiêu|chỉ\\s+tiêu|giải\\s+pháp|chủ\\s+đề"
            + "|chương\\s+trình\\s+công\\s+tác)(?![\\p{L}])");
    /** Words by which a heading announces an account of the past ("TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 11"). */
    private static final Pattern ACCOUNT = Pattern.compile("(?iu)(?<![\\p{L}])(?:tình\\s+hình|kết\\s+quả"
            + "|đánh\\s+giá|tổng\\s+kết)(?![\\p{L}])");

    private record Candidate(Deadline deadline, boolean latest) {}

    /**
     * The deadline stated in {@code clause} (a task sentence or one of its semicolon clauses), resolved
     * against the document's date where the words need one ("trong 02 năm", "trong tháng này", a missing
     * year), or empty when the clause states none.
     */
    public Optional<Deadline> parse(String clause, Optional<LocalDate> documentDate) {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(documentDate, "documentDate");
        return new PeriodFinder(documentDate).find(clause).stream()
                .flatMap(p -> DeadlineCue.before(clause, p).map(cue -> candidate(clause, cue, p)).stream())
                .max(STRONGEST)
                .map(Candidate::deadline);
    }

    /**
     * The period a section heading frames its tasks for, ending on its last day ("NHIỆM VỤ TRỌNG TÂM THÁNG
     * 12 NĂM 2023" → 2023-12-31, "KẾ HOẠCH NĂM 2024" → 2024-12-31, "quý I/2024" → 2024-03-31, "6 tháng cuối
     * năm 2024" → 2024-12-31), or empty. No cue is needed: the heading names its period. A heading that
     * reports on the past without announcing tasks frames nothing; a plan's horizon ("tầm nhìn đến năm
     * 2050") and a plan period ("giai đoạn 2021 - 2025") are not read. With several periods, the first after
     * the last task word ("KẾT QUẢ NĂM 2023 VÀ NHIỆM VỤ NĂM 2024" → 2024), otherwise the last one.
     */
    public Optional<Deadline> periodOf(String heading, Optional<LocalDate> documentDate) {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(documentDate, "documentDate");
        List<Period> periods = new PeriodFinder(documentDate).find(heading).stream()
                .filter(p -> PERIODS.contains(p.precision()) && !DeadlineCue.isHorizon(heading, p))
                .toList();
        int tasks = lastEnd(TASKS.matcher(heading));
        if (periods.isEmpty() || tasks < 0 && ACCOUNT.matcher(heading).find()) {
            return Optional.empty();
        }
        Period framing = periods.stream().filter(p -> p.start() >= tasks).findFirst()
                .orElse(periods.get(periods.size() - 1));
        return Optional.of(new Deadline(framing.last(), heading.substring(framing.start(), framing.end()),
                framing.start(), framing.end(), framing.precision()));
    }

    /**
     * The deadline the time cell or line of a plan's task gives ("Quý IV/2025", "Tháng 3/2027", "Năm 2025 -
     * 2026" → 2026-12-31, "Từ ngày 15/11/2025 đến ngày 15/12/2025" → 2025-12-15, "Trước ngày 16 tháng 12 năm
     * 2025"): the last day of the latest period it names; the cell is the deadline's cue. A cell that names
     * only a start ("Từ quý I/2027", "Từ tháng 5/2026, thường xuyên") or a recurrence ("Hằng năm",
     * "Thường xuyên", "Hằng quý") gives none.
     */
    public Optional<Deadline> ofCell(String cell, Optional<LocalDate> documentDate) {
        Objects.requireNonNull(cell, "cell");
        if (START_ONLY.matcher(cell).find()) return Optional.empty();
        String t = RECURRENCE.matcher(cell).replaceAll(m -> " ".repeat(m.group().length()));
        Optional<Deadline> stated = parse(t, documentDate);
        if (stated.isPresent()) return stated;
        Matcher range = YEAR_RANGE.matcher(t);
        Optional<Deadline> fromRange = Optional.empty();
        while (range.find()) {
            int last = Integer.parseInt(range.group(2));
            int first = Integer.parseInt(range.group(1));
            if (last > first && last - first < 50) {
                fromRange = Optional.of(new Deadline(LocalDate.of(last, 12, 31), range.group(), range.start(), range.end(),
                        Precision.YEAR));
            }
        }
        Optional<Period> latest = new PeriodFinder(documentDate).find(t).stream()
                .filter(p -> p.precision() != Precision.RELATIVE)
                .max(Comparator.comparing(Period::last));
        Optional<Deadline> fromPeriod = latest.map(p -> new Deadline(p.last(), t.substring(p.start(), p.end()),
                p.start(), p.end(), p.precision()));
        if (fromRange.isPresent() && (fromPeriod.isEmpty() || fromRange.get().lastDay().isAfter(fromPeriod.get().lastDay()))) {
            return fromRange;
        }
        return fromPeriod;
    }

    /** "Từ quý I/2027", "Bắt đầu từ tháng 5/2026": a start with no end. */
    private static final Pattern START_ONLY = Pattern.compile("(?iu)^\\s*(?:bắt đầu\\s+)?từ\\s(?!.*(?:đến|tới|-\\s*\\d))");
    private static final Pattern RECURRENCE = Pattern.compile("(?iu)(?<![\\p{L}])(?:hằng|hàng)\\s+(?:năm|quý|tháng|tuần|ngày)"
            + "(?![\\p{L}])");
    /** "Năm 2025 - 2026", "(2025 - 2030)", "2025-2030": a span of years, ending with the last. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})(?!\\d)");

    private static Candidate candidate(String clause, Cue cue, Period period) {
        LocalDate last = cue.before() && period.precision() != Precision.DAY
                ? period.first().minusDays(1)
                : period.last();
        return new Candidate(new Deadline(last, clause.substring(cue.start(), period.end()), cue.start(),
                period.end(), period.precision()), cue.latest());
    }

    private static int lastEnd(Matcher m) {
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }
}
