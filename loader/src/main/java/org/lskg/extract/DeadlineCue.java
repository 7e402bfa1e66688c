package org.lskg.extract;

import org.lskg.extract.Deadline.Precision;
import org.lskg.extract.PeriodFinder.Period;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words before a time expression that make it a deadline, and the contexts that unmake one. A time
 * expression in a directive is a deadline only when a cue stands right before it; a date or year without
 * one is the date of a cited document, a period in a name ("Chương trình làm việc năm 2024") or a setting.
 *
 * <p>Cues, each optionally preceded by "chậm nhất (là)" (which alone is a cue too):
 * <ul>
 *   <li>"trước", "xong trước", "hoàn thành trước": a day is the last allowed day itself (the annotators'
 *       reading of "trước ngày 30/11/2021"); a month, quarter or year ends the day before it begins
 *       ("trước tháng 6 năm 2022" → 2022-05-31);</li>
 *   <li>"trong", "ngay trong", "trong vòng/thời hạn/thời gian", "vào", "(thời) hạn (chót)", and the verbs
 *       "hoàn thành", "xong", "phấn đấu", "đưa vào sử dụng/khai thác/vận hành", "đi vào hoạt động" directly
 *       before the expression: its last day;</li>
 *   <li>"đến", "đến hết", "từ nay đến hết": its last day, except after "tính"/"lũy kế" (a cut-off of
 *       figures) and as the end of "từ ... đến ..." (an interval of validity), unless the interval is
 *       introduced by "thời gian thực hiện", "thời hạn" or "hoàn thành". A bare "đến" before a day needs
 *       such an interval; a bare "đến năm X" is the horizon of a name when the clause has named a plan
 *       ("Đề án ... đến năm 2030", "tầm nhìn đến năm 2050") or it is followed by ", tầm nhìn".</li>
 * </ul>
 * Spans ("02 năm") take only "trong" (also after a verb), "chậm nhất" and "thời hạn"; days take neither a
 * bare "vào" nor a verb (an event date is not a deadline). Any cue is void in an account of the past
 * ("trong quý I/2024, huyện đã ...") and in an elaboration that names objects ("nhất là các dự án phải hoàn
 * thành trong năm 2021": the year belongs to the projects, not to the task).
 */
final class DeadlineCue {

    /**
     * A cue that makes a period a deadline.
     *
     * @param start  offset of the cue's first word
     * @param before "trước": the deadline is the day before the period (unless the period is a day)
     * @param latest "chậm nhất" was said, the strongest form of a deadline
     */
    record Cue(int start, boolean before, boolean latest) {}

    /** How far back a cue may begin; the longest is "chậm nhất là ... đưa vào khai thác trong". */
    private static final int REACH = 80;

    private static final Pattern CUE = Pattern.compile("(?iu)(?<![\\p{L}\\d])"
            + "(?:từ\\s+nay\\s+)?"
            + "(?<latest>chậm\\s+nhất(?:\\s+là)?\\s*)?"
            + "(?:(?<before>(?:(?:hoàn\\s+thành|xong)\\s+)?trước)"
            + "|(?<within>(?:ngay\\s+)?trong(?:\\s+(?:vòng|thời\\s+hạn|thời\\s+gian))?)"
            + "|(?<until>đến(?<through>\\s+hết)?)"
            + "|(?<at>vào)"
            + "|(?<term>(?:thời\\s+)?hạn(?:\\s+(?:chót|cuối))?(?:\\s+là)?)"
            + "|(?<verb>(?:hoàn\\s+thành|xong|phấn\\s+đấu|đưa\\s+vào\\s+(?:sử\\s+dụng|khai\\s+thác|vận\\s+hành)"
            + "|đi\\s+vào\\s+hoạt\\s+động)(?:\\s+(?:(?<verbWithin>trong)|vào|đến(?:\\s+hết)?))?))?"
            + "\\s*:?\\s*(?:ngày\\s*)?$");

    private static final Pattern CUT_OFF = Pattern.compile("(?iu)(?<![\\p{L}])(?:tính|lũy\\s+kế|luỹ\\s+kế)\\s*$");
    /** "từ ngày 15/12/2022 ", "từ tháng 3 ", "từ 01 tháng 3 năm 2024 " right before "đến". */
    private static final Pattern INTERVAL_START = Pattern.compile("(?iu)(?<![\\p{L}])từ\\s+(?:ngày|tháng|quý|năm)?"
            + "\\s*[\\dIVXivx][\\dIVXivx/.\\-]*(?:\\s*(?:tháng|năm)\\s*\\d{1,4})*\\s*$");
    private static final Pattern INTERVAL_CUE = Pattern.compile("(?iu)(?<![\\p{L}])(?:thời\\s+(?:gian|hạn)"
            + "(?:\\s+(?:thực\\s+hiện|hoàn\\s+thành|triển\\s+khai))?|hoàn\\s+thành|thực\\s+hiện\\s+xong)"
            + "\\s*:?\\s*(?:là\\s+)?$");
    private static final Pattern NAMED_PLAN = Pattern.compile("(?iu)(?<![\\p{L}])(?:quy\\s+hoạch|đề\\s+án"
            + "|chiến\\s+lược|chương\\s+trình|kế\\s+hoạch|định\\s+hướng|nghị\\s+quyết|quyết\\s+định|chỉ\\s+thị"
            + "|kết\\s+luận|tầm\\s+nhìn|khu\\s+kinh\\s+tế)(?![\\p{L}])");
    private static final Pattern VISION_BEFORE = Pattern.compile("(?iu)tầm\\s+nhìn\\s*(?:đến\\s*)?$");
    private static final Pattern VISION_AFTER = Pattern.compile("(?iu)^\\s*,?\\s*(?:tầm\\s+nhìn|\\(\\s*giai\\s+đoạn)");
    private static final Pattern ELABORATION = Pattern.compile("(?iu)(?<![\\p{L}])(?:nhất\\s+là|đặc\\s+biệt\\s+là"
            + "|kể\\s+cả|bao\\s+gồm(?:\\s+cả)?)\\s+(?:các|những)(?![\\p{L}])");
    private static final Pattern PAST = Pattern.compile("(?iu)^\\s*,[^,;.]{0,40}?(?<![\\p{L}])đã(?![\\p{L}])");

    private DeadlineCue() {}

    /** The cue before {@code period} in {@code text} that makes it a deadline, if there is one. */
    static Optional<Cue> before(String text, Period period) {
        Matcher m = CUE.matcher(text).region(Math.max(0, period.start() - REACH), period.start());
        if (!m.find()) {
            return Optional.empty();
        }
        boolean latest = m.group("latest") != null;
        boolean until = m.group("until") != null;
        if (!latest && !until && m.group("before") == null && m.group("within") == null && m.group("at") == null
                && m.group("term") == null && m.group("verb") == null) {
            return Optional.empty();
        }
        int start = m.start();
        if (until && !latest) {
            Optional<Integer> untilFrom = untilStart(text, m, period);
            if (untilFrom.isEmpty()) {
                return Optional.empty();
            }
            start = untilFrom.get();
        } else if (!takes(period.precision(), m)) {
            return Optional.empty();
        }
        int segmentStart = Math.max(0, Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start)));
        String segment = text.substring(segmentStart, start);
        if (ELABORATION.matcher(segment).find() || PAST.matcher(text.substring(period.end())).find()) {
            return Optional.empty();
        }
        return Optional.of(new Cue(start, m.group("before") != null, latest));
    }

    /** True when {@code period} is the horizon of a plan's name: "tầm nhìn đến năm 2050", "năm 2030, tầm nhìn". */
    static boolean isHorizon(String text, Period period) {
        return VISION_BEFORE.matcher(text.substring(0, period.start())).find()
                || VISION_AFTER.matcher(text.substring(period.end())).find();
    }

    /** Whether a cue other than "đến" can introduce a period of this precision. */
    private static boolean takes(Precision precision, Matcher m) {
        boolean latest = m.group("latest") != null;
        return switch (precision) {
            case RELATIVE -> m.group("before") == null && m.group("at") == null
                    && (m.group("verb") == null || m.group("verbWithin") != null)
                    && (latest || m.group("within") != null || m.group("term") != null
                        || m.group("verbWithin") != null);
            case DAY -> latest || m.group("before") != null || m.group("within") != null || m.group("term") != null;
            default -> true;
        };
    }

    /**
     * Where an "đến" cue really begins, or empty when the "đến" does not make a deadline: a cut-off, an
     * interval of validity, a plan's horizon, a span, a bare "đến" before a day.
     */
    private static Optional<Integer> untilStart(String text, Matcher m, Period period) {
        String head = text.substring(0, m.start());
        if (period.precision() == Precision.RELATIVE || CUT_OFF.matcher(head).find()) {
            return Optional.empty();
        }
        Matcher interval = INTERVAL_START.matcher(head);
        if (interval.find()) {
            Matcher cue = INTERVAL_CUE.matcher(head.substring(0, interval.start()));
            return cue.find() ? Optional.of(cue.start()) : Optional.empty();
        }
        boolean through = m.group("through") != null;
        if (period.precision() == Precision.DAY && !through) {
            return Optional.empty();
        }
        if (!through) {
            String clause = head.substring(head.lastIndexOf(';') + 1);
            if (NAMED_PLAN.matcher(clause).find() || isHorizon(text, period)) {
                return Optional.empty();
            }
        }
        return Optional.of(m.start());
    }
}
