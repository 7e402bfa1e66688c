package org.lskg.document;

import org.lskg.text.Casing;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Mends the first line of paragraphs in markdown copied from the web. Such copies keep the line breaks of
 * the page's source, where each paragraph was wrapped at a fixed width after its opening tag: the first
 * line is short, the others full ("**Điều 2. **Sở" / "Công Thương có trách nhiệm chủ trì, ..."). The
 * sentence splitter reads a short line as the end of a paragraph, as it is in text from a PDF, and would
 * cut "Sở" from its name. Here a short line that opens a paragraph, does not end a sentence and is not a
 * heading (set in bold or italics as a whole, or in capitals) is joined to the full line after it, or to
 * any line when it ends on a word that cannot end a phrase ("và", "của", a comma).
 *
 * <p>Only texts with markdown emphasis are touched: a PDF or plain text has no bold to tell a heading
 * from a first line. Input and output: text with markdown still in it, as {@link MarkdownLayout} leaves it.
 */
final class FirstLineJoiner {

    /** Emphasis spans a text must hold to be read as markdown. */
    private static final int MARKDOWN_SPANS = 5;
    /** A line shorter than this share of the typical width is short; a longer one is full. */
    private static final double SHORT = 0.75;
    private static final String TERMINAL = ".;:!?…";
    private static final Pattern BULLET = Pattern.compile("^[-+•]\\s");
    private static final Pattern CONNECTIVE = Pattern.compile(
            "(?iu)(?:\\s(?:và|của|các|cho|với|tại|về|theo|trong|được|là|có|từ|đến|những|này|do|bởi|hoặc|thuộc)|[,\\-–])$");

    String apply(String text) {
        if (countStars(text) < 2 * MARKDOWN_SPANS) return text;
        String[] lines = text.split("\n", -1);
        String[] plain = Arrays.stream(lines).map(l -> TextNormalizer.stripMarkup(l).strip()).toArray(String[]::new);
        int width = typicalWidth(plain);
        if (width == 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]);
            if (i + 1 < lines.length && joins(lines, plain, i, width)) {
                out.append(' ');
                lines[i + 1] = lines[i + 1].stripLeading();
            } else if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean joins(String[] lines, String[] plain, int i, int width) {
        String p = plain[i];
        String n = plain[i + 1];
        if (!isProse(lines[i], p) || !isProse(lines[i + 1], n) || startsBlock(n)) return false;
        if (TERMINAL.indexOf(p.charAt(p.length() - 1)) >= 0 || p.length() >= SHORT * width) return false;
        boolean opens = i == 0 || plain[i - 1].isEmpty() || lines[i - 1].strip().equals("|") || startsBlock(p)
                || TERMINAL.indexOf(plain[i - 1].charAt(plain[i - 1].length() - 1)) >= 0
                || isEmphasisedWhole(lines[i - 1]) || Casing.isUpper(plain[i - 1]);
        return opens && (n.length() >= SHORT * width || CONNECTIVE.matcher(p).find());
    }

    /** Running text: not blank, not a pipe, not a heading, not a laid-out row with columns. */
    private static boolean isProse(String raw, String plain) {
        return !plain.isEmpty() && !plain.equals("|") && !raw.stripLeading().startsWith("#")
                && !isEmphasisedWhole(raw) && !Casing.isUpper(plain) && !raw.strip().contains("   ");
    }

    /** An article, clause, point or bullet opens the line. */
    private static boolean startsBlock(String plain) {
        return BULLET.matcher(plain).find() || StructureParser.markerOf(new Line(0, 0, plain)).isPresent();
    }

    /** "**Điều 1. Phạm vi điều chỉnh**", "*(Chi tiết tại Phụ lục kèm theo)*": one span from end to end. */
    private static boolean isEmphasisedWhole(String raw) {
        String t = raw.strip();
        return t.length() > 2 && t.charAt(0) == '*' && t.charAt(t.length() - 1) == '*';
    }

    private static int countStars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '*') n++;
        return n;
    }

    /** The 80th percentile of the lengths of lines of running text: the width the source was wrapped at. */
    private static int typicalWidth(String[] plain) {
        int[] lengths = Arrays.stream(plain).filter(l -> l.length() > 20).mapToInt(String::length).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.8))];
    }
}
