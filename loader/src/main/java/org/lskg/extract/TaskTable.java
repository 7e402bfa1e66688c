package org.lskg.extract;

import org.lskg.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's task table ("TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản
 * phẩm"), whose rows arrive as sentences with their cells joined by " | ". The header row gives each
 * column a role. A row with as many cells as the header is read by position; a row with fewer (a cell
 * merged with the row above, as tables of plans do for a shared partner or funding source) is read by
 * what its cells hold: after the number and the task, the first cell that names bodies is the lead, the
 * next the partners, and the first that names a time the deadline. Group rows ("II | Xây dựng hạ tầng
 * ...", a Roman number and a title) title the rows below them and are no task.
 */
final class TaskTable {

    enum Role { NUMBER, TASK, LEAD, PARTNER, TIME, OTHER }

    /** A cell: its offsets in the row's sentence text and its words. */
    record Cell(int start, int end, String text) {
        boolean isEmpty() {
            return text.isBlank();
        }
    }

    /** A row read by role; absent cells are empty. */
    record Row(Optional<Cell> number, Cell task, Optional<Cell> lead, Optional<Cell> partner, Optional<Cell> time) {}

    private static final String SEPARATOR = " | ";
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]?$");
    private static final Pattern GROUP_NUMBER = Pattern.compile("^[IVXLC]{1,6}\\.?$");
    private static final Pattern TIME_WORDS = Pattern.compile("(?iu)^(?:thường xuyên|hằng|hàng|định kỳ|khi có|năm|quý"
            + "|tháng|trước|trong|đến|từ|giai đoạn|\\d)");

    private final List<Role> roles;

    private TaskTable(List<Role> roles) {
        this.roles = roles;
    }

    /** Whether a sentence is a table row (cells joined by " | "). */
    static boolean isRow(String text) {
        return text.contains(SEPARATOR);
    }

    /** The table a header row opens, when it has a task column and a lead or time column. */
    static Optional<TaskTable> header(String text) {
        if (!isRow(text)) return Optional.empty();
        List<Role> roles = new ArrayList<>();
        for (Cell c : cells(text)) roles.add(role(Fold.ascii(c.text())));
        boolean task = roles.contains(Role.TASK);
        boolean more = roles.contains(Role.LEAD) || roles.contains(Role.TIME);
        return task && more ? Optional.of(new TaskTable(roles)) : Optional.empty();
    }

    private static Role role(String h) {
        if (h.matches("s?tt|so tt|thu tu")) return Role.NUMBER;
        if (h.contains("phoi hop")) return Role.PARTNER;
        if (h.contains("chu tri") || h.contains("thuc hien") && (h.contains("co quan") || h.contains("don vi"))
                || h.contains("trach nhiem")) return Role.LEAD;
        if (h.contains("thoi gian") || h.contains("thoi han") || h.contains("tien do")) return Role.TIME;
        if (h.contains("nhiem vu") || h.contains("noi dung") || h.contains("hoat dong") || h.contains("giai phap")) {
            return Role.TASK;
        }
        return Role.OTHER;
    }

    /** The cells of a row's text, with their offsets. */
    static List<Cell> cells(String text) {
        List<Cell> out = new ArrayList<>();
        int at = 0;
        while (true) {
            int sep = text.indexOf(SEPARATOR, at);
            int end = sep < 0 ? text.length() : sep;
            String raw = text.substring(at, end);
            int lead = raw.length() - raw.stripLeading().length();
            String cell = raw.strip();
            out.add(new Cell(at + lead, at + lead + cell.length(), cell));
            if (sep < 0) break;
            at = sep + SEPARATOR.length();
        }
        // a trailing "|" closes the last cell: "... | Quý IV/2025 |"
        Cell last = out.get(out.size() - 1);
        if (last.text().equals("|")) out.set(out.size() - 1, new Cell(last.start(), last.start(), ""));
        return out;
    }

    /**
     * The row as roles, or empty for a group row or a row without a task; {@code namesBodies} tells a cell
     * that names bodies (a lead or partner cell) from one that does not.
     */
    Optional<Row> read(String text, Predicate<Cell> namesBodies, Predicate<Cell> namesTime) {
        List<Cell> cells = cells(text);
        List<Cell> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        if (filled.isEmpty()) return Optional.empty();
        if (cells.size() == roles.size()) {
            Optional<Cell> number = byRole(cells, Role.NUMBER);
            Optional<Cell> task = byRole(cells, Role.TASK);
            if (task.isEmpty()) return Optional.empty();
            if (number.isPresent() && GROUP_NUMBER.matcher(number.get().text()).matches()
                    && byRole(cells, Role.LEAD).isEmpty() && byRole(cells, Role.TIME).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Row(number, task.get(), byRole(cells, Role.LEAD), byRole(cells, Role.PARTNER),
                    byRole(cells, Role.TIME)));
        }
        int k = 0;
        Optional<Cell> number = Optional.empty();
        if (ROW_NUMBER.matcher(filled.get(0).text()).matches()) {
            number = Optional.of(filled.get(0));
            k = 1;
        }
        if (k >= filled.size()) return Optional.empty();
        Cell task = filled.get(k);
        Optional<Cell> lead = Optional.empty();
        Optional<Cell> partner = Optional.empty();
        Optional<Cell> time = Optional.empty();
        for (Cell c : filled.subList(k + 1, filled.size())) {
            if (time.isEmpty() && (namesTime.test(c) || TIME_WORDS.matcher(c.text()).lookingAt()) && !namesBodies.test(c)) {
                time = Optional.of(c);
            } else if (time.isEmpty() && namesBodies.test(c)) {
                if (lead.isEmpty()) lead = Optional.of(c);
                else if (partner.isEmpty()) partner = Optional.of(c);
            }
        }
        boolean group = number.isPresent() && GROUP_NUMBER.matcher(number.get().text()).matches()
                && lead.isEmpty() && time.isEmpty();
        if (group || lead.isEmpty() && time.isEmpty() && number.isEmpty()) return Optional.empty();
        return Optional.of(new Row(number, task, lead, partner, time));
    }

    private Optional<Cell> byRole(List<Cell> cells, Role role) {
        int i = roles.indexOf(role);
        return i < 0 || cells.get(i).isEmpty() ? Optional.empty() : Optional.of(cells.get(i));
    }

    /** Whether a cell's words are those of bodies: "Sở Tài chính", "Các sở, ngành, UBND xã, phường, đặc khu". */
    static boolean collective(String cell) {
        Matcher m = COLLECTIVE.matcher(cell);
        return m.lookingAt();
    }

    private static final Pattern COLLECTIVE = Pattern.compile("(?iu)^(?:các\\s+)?(?:sở|bộ|ban|ngành|ủy ban|uỷ ban|ubnd|cơ quan"
            + "|đơn vị|công an|trung tâm|viện|văn phòng|thanh tra|chi cục|cục|tổng cục|bảo hiểm|ngân hàng|tập đoàn"
            + "|tổng công ty|công ty|hội|đài|báo|kho bạc|thuế|hải quan|bộ chỉ huy|quân khu|tòa án|viện kiểm sát)(?![\\p{L}])");
}
