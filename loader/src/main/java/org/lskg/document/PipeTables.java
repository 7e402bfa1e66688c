package org.lskg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Data tables that a web copy flattened one cell per run of lines, each cell closed by a line holding
 * only {@code |}: a row is {@code |} cell {@code |} cell ... {@code |}, so two rows meet in two pipe lines,
 * exactly as an empty cell does. A plan's task table ("TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp
 * | Thời gian hoàn thành | Sản phẩm") arrives this way. Each row becomes one span of lines, so that the
 * row is read as one sentence whose cells stay apart as " | " once white space is collapsed.
 *
 * <p>Where rows meet is read from the cells, since the pipes cannot tell: a run of pipes starts a new row
 * when the cell after it is a row number ("1", "II", "a", "2.1"), or when the row before already holds
 * three cells and text follows (a sub-row whose number cell is merged with the row above). The first row,
 * up to the first run of pipes, is the header.
 */
final class PipeTables {

    /** A row: the lines from its first cell to its last, inclusive. */
    record Row(int firstLine, int lastLine) {}

    /** A table: the lines it occupies [firstLine, endLine) and its rows, the header first. */
    record Table(int firstLine, int endLine, List<Row> rows) {}

    /** A cell that numbers a row: "1", "12", "II", "a", "đ", "2.1", "1.", "(1)". */
    private static final Pattern ROW_NUMBER = Pattern.compile(
            "^\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]?$");
    private static final int MIN_CELLS = 4;
    private static final int HEADER_CELL = 80;

    private PipeTables() {}

    private record Cell(int firstLine, int lastLine, String text) {
        boolean isEmpty() {
            return firstLine < 0;
        }
    }

    /** The pipe tables among lines [from, to), lines in {@code skip} excepted. */
    static List<Table> find(List<Line> lines, int from, int to, java.util.BitSet skip) {
        List<Table> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!skip.get(i) && isPipe(lines.get(i)) && i + 1 < to && !lines.get(i + 1).isBlank()) {
                int end = i + 1;
                while (end < to && !lines.get(end).isBlank() && !skip.get(end)
                        && !(isPipe(lines.get(end - 1)) && StructureParser.markerOf(lines.get(end)).isPresent())) {
                    end++;
                }
                List<Cell> cells = cells(lines, i + 1, end);
                List<Row> rows = rows(cells);
                if (cells.stream().filter(c -> !c.isEmpty()).count() >= MIN_CELLS && isHeader(cells)) {
                    out.add(new Table(i, end, rows));
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /**
     * A data table opens with a header row of at least three short cells; a layout table (issuer | quốc
     * hiệu, "Kính gửi:" | addressees) has two.
     */
    private static boolean isHeader(List<Cell> cells) {
        int n = 0;
        for (Cell c : cells) {
            if (c.isEmpty()) break;
            if (c.text().length() > HEADER_CELL) return false;
            n++;
        }
        return n >= 3;
    }

    private static boolean isPipe(Line l) {
        return l.trimmed().equals("|");
    }

    /** The cells of lines [from, to): each closed by a pipe line; an empty one where two pipe lines meet. */
    private static List<Cell> cells(List<Line> lines, int from, int to) {
        List<Cell> cells = new ArrayList<>();
        int first = -1;
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            Line l = lines.get(k);
            if (isPipe(l)) {
                cells.add(first < 0 ? new Cell(-1, -1, "") : new Cell(first, k - 1, text.toString().strip()));
                first = -1;
                text.setLength(0);
            } else {
                if (first < 0) first = k;
                text.append(' ').append(l.trimmed().replace("*", ""));
            }
        }
        if (first >= 0) cells.add(new Cell(first, to - 1, text.toString().strip()));
        return cells;
    }

    private static List<Row> rows(List<Cell> cells) {
        List<Row> rows = new ArrayList<>();
        int first = -1;
        int last = -1;
        int filled = 0;
        boolean header = true;
        for (int k = 0; k < cells.size(); k++) {
            Cell c = cells.get(k);
            if (c.isEmpty()) {
                Cell next = k + 1 < cells.size() ? cells.get(k + 1) : null;
                boolean numbered = next != null && !next.isEmpty() && ROW_NUMBER.matcher(next.text()).matches();
                boolean subRow = next != null && !next.isEmpty() && filled >= 3;
                if (first >= 0 && (header || numbered || subRow)) {
                    rows.add(new Row(first, last));
                    first = -1;
                    filled = 0;
                    header = false;
                }
                continue;
            }
            if (first < 0) first = c.firstLine();
            last = c.lastLine();
            filled++;
        }
        if (first >= 0) rows.add(new Row(first, last));
        return rows;
    }
}
