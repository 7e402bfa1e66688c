package org.lskg.document;

import java.util.ArrayList;
import java.util.List;
import org.lskg.text.Cells;

/**
 * One line of the normalised text with its offsets. Text pasted from a PDF keeps the two-column layout
 * of the header and signature blocks, so a line can hold several {@link Cell cells} separated by wide
 * runs of spaces.
 *
 * @param index 0-based line number
 * @param start offset of the first character in the normalised text
 * @param text  the line without its line break
 */
public record Line(int index, int start, String text) {

    /** A run of text within a line, with its offset in the normalised text and its column position. */
    public record Cell(int start, int column, String text) {
        public int end() {
            return start + text.length();
        }
    }

    public int end() {
        return start + text.length();
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    public String trimmed() {
        return text.strip();
    }

    /** Offset of the first non-blank character. */
    public int contentStart() {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return start + i;
    }

    /** Indentation in characters. */
    public int indent() {
        return contentStart() - start;
    }

    /** Cells separated by three or more spaces (the gap between the columns of a PDF layout), see {@link Cells}. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Cells.Span span : Cells.of(text)) {
            cells.add(new Cell(start + span.start(), span.start(), span.of(text)));
        }
        return cells;
    }

    /** Splits a text into lines with offsets. */
    public static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        int i = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            lines.add(new Line(i++, pos, text.substring(pos, end)));
            if (nl < 0) break;
            pos = nl + 1;
        }
        return lines;
    }
}
