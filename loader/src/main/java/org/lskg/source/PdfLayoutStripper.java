package org.lskg.source;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PDFBox's text stripper with a character-grid layout in the manner of {@code pdftotext -layout}: PDFBox
 * finds the lines in reading order (sorted by position, diacritics merged into their letters), and each
 * line is then written from its glyphs' x positions. Words are one space apart; a gap much wider than
 * the line's word gaps is a column gap (the two cells of a header table, recipients beside the
 * signature) and becomes at least three spaces, as many as put the next glyph at its grid column. A
 * wide vertical gap leaves a blank line.
 *
 * <p>One instance reads one document (PDFBox strippers keep state); {@link #pages} gives the result.
 */
final class PdfLayoutStripper extends PDFTextStripper {

    /** A gap wider than this many ems always separates columns. */
    private static final double COLUMN_GAP_EM = 2.0;
    /** A gap wider than this many ems separates columns when it is also {@link #COLUMN_GAP_RATIO} word gaps. */
    private static final double MIN_COLUMN_GAP_EM = 0.6;
    /** Justified lines stretch every word gap alike; a column gap stands out against them. */
    private static final double COLUMN_GAP_RATIO = 2.5;
    /**
     * A space glyph counts only where it leaves some room: Word also writes zero-width spaces inside
     * words ("21/C T-TTg" would come out of "21/CT-TTg").
     */
    private static final double SPACE_GLYPH_EM = 0.1;
    /** Baseline distance, in ems, above which the gap between two lines is shown as a blank line. */
    private static final double BLANK_LINE_EM = 1.8;

    private final List<List<String>> pages = new ArrayList<>();
    private final List<List<TextPosition>> pageLines = new ArrayList<>();
    private List<TextPosition> line = new ArrayList<>();

    PdfLayoutStripper() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The text of every page, as lines. */
    List<List<String>> pages(PDDocument document) throws IOException {
        pages.clear();
        writeText(document, Writer.nullWriter());
        return List.copyOf(pages);
    }

    @Override
    protected void startPage(PDPage page) {
        pageLines.clear();
        line = new ArrayList<>();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        line.addAll(positions);
    }

    @Override
    protected void writeWordSeparator() {
        // the gaps are measured from the glyphs' positions instead
    }

    @Override
    protected void writeLineSeparator() {
        if (line.stream().anyMatch(p -> !p.getUnicode().isBlank())) {
            pageLines.add(line);
        }
        line = new ArrayList<>();
    }

    @Override
    protected void endPage(PDPage page) {
        writeLineSeparator();
        pages.add(layout(pageLines));
    }

    private static List<String> layout(List<List<TextPosition>> lines) {
        double left = Double.MAX_VALUE;
        for (List<TextPosition> l : lines) {
            for (TextPosition p : l) {
                if (!p.getUnicode().isBlank()) left = Math.min(left, p.getXDirAdj());
            }
        }
        double cw = charWidth(lines);
        List<String> out = new ArrayList<>();
        double previousBaseline = Double.NaN;
        for (List<TextPosition> l : lines) {
            List<TextPosition> glyphs = l.stream().filter(p -> !p.getUnicode().isBlank()).toList();
            double baseline = glyphs.get(0).getYDirAdj();
            double em = em(glyphs.get(0));
            if (!Double.isNaN(previousBaseline) && baseline - previousBaseline > BLANK_LINE_EM * em) {
                out.add("");
            }
            previousBaseline = baseline;
            out.add(render(l, left, cw));
        }
        return out;
    }

    /** One line on the grid: indentation and column gaps in grid columns, word gaps as one space. */
    private static String render(List<TextPosition> l, double left, double cw) {
        double[] gaps = wordGaps(l);
        double lineGap = median(gaps);
        StringBuilder sb = new StringBuilder();
        TextPosition previous = null;
        boolean spaceGlyph = false;
        for (TextPosition p : l) {
            if (p.getUnicode().isBlank()) {
                spaceGlyph = previous != null;
                continue;
            }
            int column = (int) Math.round((p.getXDirAdj() - left) / cw);
            if (previous == null) {
                sb.append(" ".repeat(Math.max(0, column)));
            } else {
                double gap = p.getXDirAdj() - end(previous);
                double em = em(p);
                boolean columnGap = gap > COLUMN_GAP_EM * em
                        || (gap > MIN_COLUMN_GAP_EM * em && gap > COLUMN_GAP_RATIO * lineGap);
                if (columnGap) {
                    sb.append(" ".repeat(Math.max(3, column - sb.length())));
                } else if (gap > wordGap(p) || (spaceGlyph && gap > SPACE_GLYPH_EM * em)) {
                    sb.append(' ');
                }
            }
            sb.append(text(p));
            previous = p;
            spaceGlyph = false;
        }
        return sb.toString();
    }

    /** The gaps between the words of a line (the spaces a justified line stretches). */
    private static double[] wordGaps(List<TextPosition> l) {
        List<Double> gaps = new ArrayList<>();
        TextPosition previous = null;
        for (TextPosition p : l) {
            if (p.getUnicode().isBlank()) continue;
            if (previous != null) {
                double gap = p.getXDirAdj() - end(previous);
                if (gap > wordGap(p)) gaps.add(gap);
            }
            previous = p;
        }
        return gaps.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The page's average advance per character, from lines without column gaps: their width divided by
     * their characters (a word gap counting as one). A full line of body text is then as many grid
     * columns wide as it has characters, as in {@code pdftotext -layout}.
     */
    private static double charWidth(List<List<TextPosition>> lines) {
        double width = 0;
        int chars = 0;
        List<Double> glyphWidths = new ArrayList<>();
        for (List<TextPosition> l : lines) {
            TextPosition first = null;
            TextPosition previous = null;
            int n = 0;
            boolean wide = false;
            for (TextPosition p : l) {
                if (p.getUnicode().isBlank()) continue;
                glyphWidths.add((double) p.getWidthDirAdj());
                if (first == null) first = p;
                if (previous != null) {
                    double gap = p.getXDirAdj() - end(previous);
                    if (gap > MIN_COLUMN_GAP_EM * em(p)) wide = true;
                    if (gap > wordGap(p)) n++;
                }
                n += p.getUnicode().length();
                previous = p;
            }
            if (first != null && !wide && n >= 20) {
                width += end(previous) - first.getXDirAdj();
                chars += n;
            }
        }
        if (chars > 0) {
            return width / chars;
        }
        double median = median(glyphWidths.stream().mapToDouble(Double::doubleValue).toArray());
        return median > 0 ? median : 5.0;
    }

    private static double end(TextPosition p) {
        return p.getXDirAdj() + p.getWidthDirAdj();
    }

    /** The font size in points as printed (the text matrix included); PDFs that scale a 1-pt font have it too. */
    private static double em(TextPosition p) {
        double size = p.getFontSizeInPt();
        if (size < 2) {
            size = p.getHeightDir() * 1.5;
        }
        return Math.max(size, 2);
    }

    /** Narrower than this is kerning; wider is a space (half a space glyph, as PDFBox judges it). */
    private static double wordGap(TextPosition p) {
        double space = p.getWidthOfSpace();
        return space > 0 && space < em(p) ? space * 0.5 : em(p) * 0.15;
    }

    private static double median(double[] values) {
        if (values.length == 0) return 0;
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** The glyph's text, with presentation forms (ligatures "ﬁ") spelt out. */
    private static String text(TextPosition p) {
        String u = p.getUnicode();
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c >= 0xFB00 && c <= 0xFB4F) {
                return Normalizer.normalize(u, Normalizer.Form.NFKC);
            }
        }
        return u;
    }
}
