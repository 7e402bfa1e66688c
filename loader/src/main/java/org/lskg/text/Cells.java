package org.lskg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a laid-out line: runs of words separated by three or more spaces (the gap between the
 * columns of a PDF or {@code pdftotext -layout} page), or by any other whitespace. One or two spaces join
 * words into one cell.
 *
 * <p>A hand scan, linear and without recursion: the regular expression it replaces,
 * {@code \S+(?: {1,2}\S+)*}, recursed once per word and overflowed the stack on a long line.
 */
public final class Cells {
    private Cells() {}

    /** The widest gap of spaces that still joins two words into one cell. */
    private static final int MAX_INNER_GAP = 2;

    /** A cell's bounds in its line: {@code [start, end)}. */
    public record Span(int start, int end) {
        public String of(CharSequence line) {
            return line.subSequence(start, end).toString();
        }
    }

    /** The cells of {@code line}, left to right. */
    public static List<Span> of(CharSequence line) {
        List<Span> cells = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) i++;
            if (i == n) break;
            int start = i;
            int end;
            while (true) {
                while (i < n && !isSpace(line.charAt(i))) i++;
                end = i;
                int j = i;
                while (j < n && line.charAt(j) == ' ' && j - i <= MAX_INNER_GAP) j++;
                boolean joins = j > i && j - i <= MAX_INNER_GAP && j < n && !isSpace(line.charAt(j));
                if (!joins) break;
                i = j;
            }
            cells.add(new Span(start, end));
            i = end;
        }
        return cells;
    }

    /** The whitespace of {@code \s} in a regular expression: space, tab, line breaks, vertical tab, form feed. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
