package org.lskg.trace;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lskg.text.Fold;

/**
 * Progress language in a follow-up statement, read on diacritic-folded text. Two kinds matter for a status:
 * <ul>
 *   <li>completion — "đã hoàn thành", "đã được phê duyệt", "đã thành lập", "đưa vào sử dụng". Only an account
 *       (a sentence that gives no task) can report completion: in a task "hoàn thành X" asks for X, and "các dự
 *       án đã được phê duyệt" qualifies a noun;</li>
 *   <li>ongoing — "tiếp tục", "đang", "chưa", "chậm", "hoàn thiện", "đẩy nhanh tiến độ", "trình ... phê
 *       duyệt" (still to be approved), "triển khai".</li>
 * </ul>
 */
final class ProgressCues {
    private ProgressCues() {}

    /** What a statement says about progress, with the words that said it. */
    enum Kind { COMPLETED, ONGOING }

    record Cue(Kind kind, String words) {}

    private static final Pattern COMPLETED = Pattern.compile(
            "\\bda (?:duoc )?(?:hoan thanh|phe duyet|thanh lap|ban hanh|dua vao (?:su dung|khai thac|hoat dong)"
                    + "|khanh thanh|cong bo|thong qua|nghiem thu)\\b"
                    + "|\\b(?:hoan thanh|khanh thanh)(?: \\w+){0,6} (?:va )?dua vao (?:su dung|khai thac|hoat dong)\\b");
    /** Ongoing cues, most telling first: still to be approved, not yet or late, then work under way. */
    private static final List<Pattern> ONGOING = List.of(
            Pattern.compile("\\btrinh(?: \\w+){0,8} (?:tham dinh|phe duyet)\\b"),
            Pattern.compile("\\bchua (?:duoc |hoan thanh|phe duyet)\\w*|\\bcham tien do\\b|\\bcon cham\\b|\\bvuong mac\\b"),
            Pattern.compile("\\btiep tuc\\b|\\bdang (?:trien khai|thuc hien|thi cong|hoan thien)\\b|\\bhoan thien\\b"
                    + "|\\bday nhanh tien do\\b|\\btrien khai thuc hien\\b"));

    /**
     * The strongest cue of {@code text}: completion (only when {@code isTask} is false), else an ongoing cue.
     */
    static Optional<Cue> read(String text, boolean isTask) {
        String folded = Fold.ascii(text);
        if (!isTask) {
            Matcher m = COMPLETED.matcher(folded);
            if (m.find()) {
                return Optional.of(new Cue(Kind.COMPLETED, m.group()));
            }
        }
        for (Pattern p : ONGOING) {
            Matcher m = p.matcher(folded);
            if (m.find()) {
                return Optional.of(new Cue(Kind.ONGOING, m.group()));
            }
        }
        return Optional.empty();
    }
}
