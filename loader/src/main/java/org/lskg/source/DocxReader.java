package org.lskg.source;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of a Word 2007+ document (Apache POI, XWPF): the body's paragraphs in order, one line each
 * (a manual line break starts a new line), with the numbers Word generates for numbered paragraphs
 * ("1.", "a)", "II."), which are not in the text itself; tables row by row with their cells side by side
 * ({@link TableLayout}), tables nested in cells laid out inside the cell. Page headers and footers, comments
 * and footnote texts are left out; a tab becomes a cell gap, as it lays out a two-column line in Word.
 */
final class DocxReader {

    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+]");
    private static final String TAB_GAP = "    ";

    SourceText read(String fileName, byte[] bytes) throws SourceException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            body(doc.getBodyElements(), lines, new Numbering(), false);
            String text = String.join("\n", lines);
            if (text.isBlank()) {
                throw new SourceException("the Word document has no text");
            }
            return new SourceText(fileName, SourceFormat.DOCX, "DOCX", producer(doc), text + "\n");
        } catch (IOException | RuntimeException e) {
            throw new SourceException("not a readable Word (.docx) document: " + PdfReader.oneLine(e));
        }
    }

    private void body(List<IBodyElement> elements, List<String> out, Numbering numbering, boolean inCell) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p, out, numbering);
            } else if (e instanceof XWPFTable t) {
                out.addAll(table(t, numbering, inCell));
            } else if (e instanceof XWPFSDT sdt) {
                for (String l : sdt.getContent().getText().split("\n", -1)) out.add(tabs(l));
            }
        }
    }

    private static void paragraph(XWPFParagraph p, List<String> out, Numbering numbering) {
        String text = FOOTNOTE_REF.matcher(p.getText()).replaceAll("");
        String label = numbering.label(p);
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = tabs(lines[i]);
            out.add(i == 0 && !label.isEmpty() && !l.isBlank() ? label + " " + l.stripLeading() : l);
        }
    }

    private List<String> table(XWPFTable table, Numbering numbering, boolean nested) {
        List<List<TableLayout.Cell>> rows = new ArrayList<>();
        double[] shares = null;
        for (XWPFTableRow row : table.getRows()) {
            List<TableLayout.Cell> cells = new ArrayList<>();
            int column = 0;
            List<Integer> widths = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                int span = span(cell);
                List<String> lines = new ArrayList<>();
                body(cell.getBodyElements(), lines, numbering, true);
                cells.add(new TableLayout.Cell(column, span, lines));
                column += span;
                widths.add(span == 1 ? width(cell) : -1);
            }
            rows.add(cells);
            if (shares == null && widths.stream().allMatch(w -> w > 0)) {
                double sum = widths.stream().mapToInt(Integer::intValue).sum();
                shares = widths.stream().mapToDouble(w -> w / sum).toArray();
            }
        }
        return TableLayout.render(rows, shares, nested);
    }

    /** The cell's width in twentieths of a point, or -1 when Word left it to the layout (POI then throws). */
    private static int width(XWPFTableCell cell) {
        try {
            return cell.getWidth();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static int span(XWPFTableCell cell) {
        var pr = cell.getCTTc().getTcPr();
        if (pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
            return Math.max(1, pr.getGridSpan().getVal().intValue());
        }
        return 1;
    }

    /** A tab as a cell gap: "Số: 12/QĐ-UBND\tHà Nội, ngày ..." is a two-column line. */
    private static String tabs(String line) {
        return line.replace("\t", TAB_GAP);
    }

    private static Optional<String> producer(XWPFDocument doc) {
        try {
            String app = doc.getProperties().getExtendedProperties().getApplication();
            return app == null || app.isBlank() ? Optional.empty() : Optional.of(app.strip());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Word's list numbers: one counter per list and level, deeper levels restarting when a shallower one
     * counts on; the level's text ("%1.", "%2)", "%1.%2.") names which counters it shows.
     */
    private static final class Numbering {
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        String label(XWPFParagraph p) {
            BigInteger id = p.getNumID();
            String fmt = p.getNumFmt();
            String template = p.getNumLevelText();
            if (id == null || fmt == null || template == null) return "";
            int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
            int[] c = counters.computeIfAbsent(id, k -> new int[9]);
            BigInteger start = p.getNumStartOverride();
            c[level] = c[level] == 0 && start != null ? start.intValue() : c[level] + 1;
            for (int i = level + 1; i < c.length; i++) c[i] = 0;
            if ("bullet".equals(fmt)) return "-";
            if ("none".equals(fmt)) return "";
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < template.length(); i++) {
                char ch = template.charAt(i);
                if (ch == '%' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                    int l = template.charAt(++i) - '1';
                    sb.append(format(l == level ? fmt : "decimal", Math.max(1, l >= 0 && l < 9 ? c[l] : 1)));
                } else {
                    sb.append(ch);
                }
            }
            return sb.toString().strip();
        }

        private static String format(String fmt, int n) {
            return switch (fmt) {
                case "lowerLetter" -> letters(n);
                case "upperLetter" -> letters(n).toUpperCase(java.util.Locale.ROOT);
                case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
                case "upperRoman" -> roman(n);
                default -> Integer.toString(n);
            };
        }

        /** Vietnamese lists count a, b, c, d, đ, e: Word counts a, b, c, d, e (no đ), and so do we. */
        private static String letters(int n) {
            StringBuilder sb = new StringBuilder();
            for (int k = n; k > 0; k = (k - 1) / 26) sb.insert(0, (char) ('a' + (k - 1) % 26));
            return sb.toString();
        }

        private static String roman(int n) {
            int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                while (n >= v[i]) {
                    sb.append(s[i]);
                    n -= v[i];
                }
            }
            return sb.toString();
        }
    }
}
