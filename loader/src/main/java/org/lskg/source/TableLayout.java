package org.lskg.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a table the way {@code pdftotext -layout} prints one: each row as many lines as its tallest
 * cell, the cells of a line side by side, every column at one position for the whole table and at least
 * three spaces after the column before it (the cell separator of the document layer). A header table (issuer
 * | quốc hiệu, số | địa danh, ngày) so comes out as the two-column lines of a printed header.
 */
final class TableLayout {

    /** Characters across a printed A4 page: where columns sit when the table is narrow. */
    static final int PAGE_WIDTH = 80;
    private static final int GAP = 3;

    /**
     * One cell: the lines of its paragraphs (nested tables already laid out), at grid column
     * {@code column}, spanning {@code span} columns.
     */
    record Cell(int column, int span, List<String> lines) {
        Cell {
            List<String> l = new ArrayList<>(lines);
            while (!l.isEmpty() && l.get(l.size() - 1).isBlank()) l.remove(l.size() - 1);
            lines = List.copyOf(l);
        }
    }

    private TableLayout() {}

    /**
     * The lines of the table.
     *
     * @param rows   the rows, each its cells left to right
     * @param shares each grid column's share of the table's width when the file says (Word's grid), or
     *               {@code null} for equal shares
     * @param nested a table inside a table's cell: its columns are not spread over the page, only kept
     *               apart, so that the cell stays narrow
     */
    static List<String> render(List<List<Cell>> rows, double[] shares, boolean nested) {
        int columns = 0;
        for (List<Cell> row : rows) {
            for (Cell c : row) columns = Math.max(columns, c.column() + c.span());
        }
        if (columns == 0) return List.of();
        int[] width = new int[columns];
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.span() != 1) continue;
                for (String l : c.lines()) width[c.column()] = Math.max(width[c.column()], l.length());
            }
        }
        int[] start = new int[columns];
        double share = 0;
        for (int j = 0; j < columns; j++) {
            int nominal = nested ? 0 : (int) Math.round(PAGE_WIDTH * share);
            start[j] = j == 0 ? 0 : Math.max(nominal, start[j - 1] + width[j - 1] + GAP);
            share += shares != null && shares.length == columns ? shares[j] : 1.0 / columns;
        }
        List<String> out = new ArrayList<>();
        for (List<Cell> row : rows) {
            int height = row.stream().mapToInt(c -> c.lines().size()).max().orElse(0);
            for (int k = 0; k < height; k++) {
                StringBuilder sb = new StringBuilder();
                for (Cell c : row) {
                    if (k >= c.lines().size() || c.lines().get(k).isBlank()) continue;
                    int pad = sb.length() == 0 ? start[c.column()] : Math.max(GAP, start[c.column()] - sb.length());
                    sb.append(" ".repeat(pad)).append(c.lines().get(k));
                }
                out.add(sb.toString().stripTrailing());
            }
        }
        return out;
    }
}
