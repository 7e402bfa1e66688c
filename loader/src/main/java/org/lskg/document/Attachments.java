package org.lskg.document;

import org.lskg.text.Casing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Texts issued with a document and printed after its signature: the plan, programme, rules or annex that
 * a Quyết định or Nghị quyết issues ("Ban hành kèm theo Quyết định này Kế hoạch ...") and the annexes of
 * a plan. Each opens with its own title and the line that ties it to the main document ("(Kèm theo Quyết
 * định số 2820/QĐ-UBND ngày 19 tháng 11 năm 2025 của ...)", NĐ 30/2020 Phụ lục I), and its text is body
 * text with its own sections: the tasks of an issued plan are the tasks of the decision.
 *
 * <p>A part runs from the line after its "kèm theo" line to the title of the next part or the end of the
 * text, less the signature lines it may close with ("ỦY BAN NHÂN DÂN THÀNH PHỐ ...", "TM. ...", a name).
 */
final class Attachments {

    /** One attached text: its body lines [bodyStart, bodyEnd). */
    record Part(int bodyStart, int bodyEnd) {}

    private static final Pattern ATTACHED = Pattern.compile("(?iu)^[(*\\s]*(?:được\\s+)?(?:ban hành\\s+)?kèm theo\\s+"
            + "(?:quyết định|nghị quyết|kế hoạch|chỉ thị|thông báo|công văn|chương trình|văn bản|tờ trình|đề án)(?![\\p{L}])");
    /** The title of an attached text, up to a few lines above its "kèm theo" line. */
    private static final Pattern TITLE = Pattern.compile("(?u)^[*\\s]*(?:KẾ HOẠCH|CHƯƠNG TRÌNH|PHỤ LỤC|QUY CHẾ|QUY ĐỊNH"
            + "|ĐỀ ÁN|DANH MỤC|PHƯƠNG ÁN|ĐIỀU LỆ|HƯỚNG DẪN|BIỂU|BẢNG)(?![\\p{L}])");
    private static final Pattern AUTHORITY = Pattern.compile("(?u)^(?:TM|KT|TL|TUQ|Q)\\.\\s*\\p{Lu}");
    private static final int TITLE_REACH = 8;

    private Attachments() {}

    /** The attached texts after line {@code from} (where the main document's tail begins). */
    static List<Part> find(List<Line> lines, int from) {
        List<int[]> starts = new ArrayList<>(); // {title line, body start}
        for (int i = from; i < lines.size(); i++) {
            if (!ATTACHED.matcher(lines.get(i).trimmed()).find()) continue;
            int close = i;
            while (close < Math.min(lines.size() - 1, i + 3) && !lines.get(close).text().contains(")")) close++;
            if (!lines.get(close).text().contains(")")) close = i;
            int title = i;
            for (int k = i - 1; k >= Math.max(from, i - TITLE_REACH); k--) {
                if (TITLE.matcher(lines.get(k).trimmed()).find()) {
                    title = k;
                    break;
                }
            }
            starts.add(new int[] {title, close + 1});
            i = close;
        }
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k)[1];
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : lines.size();
            end = withoutSignature(lines, start, end);
            if (end > start) parts.add(new Part(start, end));
        }
        return parts;
    }

    /** The end of a part's text before the signature lines it closes with. */
    private static int withoutSignature(List<Line> lines, int start, int end) {
        int e = end;
        while (e > start) {
            String t = lines.get(e - 1).trimmed().replace("*", "").strip();
            boolean signature = t.isEmpty() || AUTHORITY.matcher(t).find()
                    || (Casing.isUpper(t) && t.chars().anyMatch(Character::isLetter) && !t.startsWith("|"));
            if (!signature) break;
            e--;
        }
        return e;
    }
}
