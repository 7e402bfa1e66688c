package org.lskg.extract;

import org.lskg.text.Quantity;
import org.lskg.text.Unit;

import java.util.regex.Pattern;

/**
 * Tells a target from a result by the words around a quantity and the frame of its section. Both
 * extractors ask it, so that one quantity is never both a {@link Target} and a {@link ReportedFigure}.
 *
 * <p>A quantity is a target when
 * <ol>
 *   <li>its counted noun is what the text strives for ("10 xã phấn đấu đạt chuẩn nông thôn mới"), even
 *       inside an account of work done; or otherwise, when its clause has no mark of a result
 *       ("ước", "đã", "lũy kế", "vượt", "so với cùng kỳ", "% kế hoạch"), and</li>
 *   <li>it stands in a section whose heading lists targets ("Các chỉ tiêu chủ yếu"); or target words
 *       precede it in its clause ("phấn đấu", "chỉ tiêu", "mục tiêu", "kế hoạch năm 2024 ... đạt"); or it is
 *       a percentage to be reached ("đạt", "đến", "giảm ... từ 5% trở lên") in a section of tasks.</li>
 * </ol>
 */
final class TargetLanguage {
    private TargetLanguage() {}

    private static final Pattern STRIVES_AFTER = Pattern.compile("(?iu)^\\s*phấn đấu(?![\\p{L}])");
    private static final Pattern RESULT_MARK = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:ước|đã|lũy kế|luỹ kế|vượt|so với cùng kỳ|cùng kỳ|trong tháng)(?![\\p{L}])");
    private static final Pattern TARGET_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:phấn đấu|chỉ tiêu|mục tiêu|kế hoạch năm \\d{4}|dự kiến đạt)(?![\\p{L}])");
    private static final Pattern TO_REACH = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:đạt|đến|lên|tới|giảm|tăng)(?:\\s+(?:khoảng|từ|trên|tối thiểu|ít nhất))?\\s*$");
    /** Words that report what was done; a figure needs one before it (or a relation after it). */
    private static final Pattern RESULT_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:đạt|ước|lũy kế|luỹ kế|được|có|tăng|giảm|còn|là|gồm|thu|chi|giải ngân)(?![\\p{L}])");

    static boolean isTarget(Reading r, Framing.Frame frame) {
        if (r.quantity().unit().kind() == Unit.Kind.COUNT && STRIVES_AFTER.matcher(r.after()).find()) {
            return true;
        }
        if (r.reportsResult() || RESULT_MARK.matcher(r.before()).find() || RESULT_MARK.matcher(r.after()).find()) {
            return false;
        }
        if (frame.targetSection() || TARGET_WORDS.matcher(r.before()).find()) {
            return true;
        }
        Quantity q = r.quantity();
        return frame.taskSection() && q.unit().kind() == Unit.Kind.PERCENT
                && (TO_REACH.matcher(r.before()).find() || q.bound() != Quantity.Bound.EXACT);
    }

    /** A reported result: not a target, not a task, and reported with a verb or a relation. */
    static boolean isResult(Reading r, Framing.Frame frame) {
        return !isTarget(r, frame) && !frame.taskSection() && !frame.targetSection()
                && (r.reportsResult() || RESULT_WORDS.matcher(r.before()).find());
    }
}
