package org.lskg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's report as Markdown, so that it can be pasted into {@code docs/benchmarks.md} as it is: a title,
 * then headings, "- name: value" facts, tables with padded columns and notes, in the order they were added.
 * Not thread-safe; one report per benchmark run.
 */
public final class Report {
    private final List<String> lines = new ArrayList<>();

    public Report(String title) {
        lines.add("# " + title);
        lines.add("");
    }

    public Report heading(String text) {
        if (!lines.get(lines.size() - 1).isEmpty()) lines.add("");
        lines.add("## " + text);
        lines.add("");
        return this;
    }

    public Report fact(String name, String value) {
        lines.add("- " + name + ": " + value);
        return this;
    }

    public Report note(String text) {
        if (!lines.get(lines.size() - 1).isEmpty()) lines.add("");
        lines.add(text);
        lines.add("");
        return this;
    }

    /** A table: every row as wide as {@code header}; cells padded to the widest of their column. */
    public Report table(List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells, not " + header.size());
            }
            for (int c = 0; c < row.size(); c++) width[c] = Math.max(width[c], Math.max(3, row.get(c).length()));
        }
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) lines.add("");
        lines.add(row(header, width));
        List<String> rule = new ArrayList<>();
        for (int w : width) rule.add("-".repeat(w));
        lines.add(row(rule, width));
        for (List<String> r : rows) lines.add(row(r, width));
        lines.add("");
        return this;
    }

    private static String row(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int c = 0; c < cells.size(); c++) {
            b.append(' ').append(cells.get(c)).append(" ".repeat(width[c] - cells.get(c).length())).append(" |");
        }
        return b.toString();
    }

    /** The report so far, ending with one newline. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        for (String line : lines) b.append(line).append('\n');
        String s = b.toString();
        while (s.endsWith("\n\n")) s = s.substring(0, s.length() - 1);
        return s;
    }

    /** Seconds with one decimal ("12.3 s"). */
    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** Milliseconds with one decimal. */
    public static String millis(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    /** Mebibytes, whole ("312 MB"). */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", Math.round(bytes / (1024.0 * 1024.0)));
    }

    /** A rate and its unit, with three significant digits below 100 ("12.5 documents/s", "0.249 MB/s"). */
    public static String rate(double amount, long nanos, String unit) {
        double v = nanos == 0 ? 0 : amount / (nanos / 1e9);
        String pattern = v >= 100 ? "%,.0f" : v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern + " %s/s", v, unit);
    }

    /** A count with thousands separators ("1,234,567"). */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
