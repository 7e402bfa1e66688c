package org.lskg.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a saved web page (jsoup): the body's text with each block element (paragraph, heading,
 * list item, div) on a line of its own and {@code <br>} breaking lines; tables row by row with their cells
 * side by side ({@link TableLayout}); scripts, styles, navigation, sidebars, footers, forms and hidden
 * elements left out. White space inside a line collapses as a browser collapses it, except no-break
 * spaces, which lay out columns on such pages and are kept for the document layer to read.
 */
final class HtmlReader {

    /** Elements that are never the document's text. */
    private static final String DROPPED = "script, style, noscript, template, head, nav, aside, footer, iframe, "
            + "svg, canvas, object, embed, button, select, form input, [hidden], [role=navigation], "
            + "[style*=display:none], [style*=display: none]";
    private static final Pattern WHITE = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Pattern WIDTH = Pattern.compile("(?i)(?:^|width\\s*:\\s*)(\\d+(?:\\.\\d+)?)\\s*(%|px|pt)?");
    /** A "cell" taller than this is a region of a page laid out with a table; its cells are stacked. */
    private static final int LAYOUT_CELL_LINES = 25;

    SourceText read(String fileName, byte[] bytes) throws SourceException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException | RuntimeException e) {
            throw new SourceException("not a readable HTML page: " + PdfReader.oneLine(e));
        }
        Optional<String> generator = Optional.ofNullable(doc.selectFirst("meta[name=generator]"))
                .map(m -> m.attr("content").strip()).filter(s -> !s.isEmpty());
        doc.select(DROPPED).remove();
        Lines lines = new Lines();
        block(doc.body() == null ? doc : doc.body(), lines);
        String text = String.join("\n", lines.done());
        if (text.isBlank()) {
            throw new SourceException("the HTML page has no text");
        }
        return new SourceText(fileName, SourceFormat.HTML, doc.charset().name(), generator, text + "\n");
    }

    /** Lines being written: the finished ones and the one being filled. */
    private static final class Lines {
        final List<String> out = new ArrayList<>();
        final StringBuilder current = new StringBuilder();

        void text(String s) {
            if (s.isEmpty()) return;
            if (current.length() == 0 || current.charAt(current.length() - 1) == ' ') s = s.stripLeading();
            current.append(s);
        }

        /** Ends the current line, if anything is on it. */
        void flush() {
            String l = current.toString().strip();
            if (!l.isEmpty()) out.add(l);
            current.setLength(0);
        }

        /** A {@code <br>}: ends the line even when empty, so that two of them leave a blank line. */
        void lineBreak() {
            String l = current.toString().strip();
            out.add(l);
            current.setLength(0);
        }

        List<String> done() {
            flush();
            while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
            return out;
        }
    }

    private void block(Element parent, Lines lines) {
        int item = 0;
        for (Node n : parent.childNodes()) {
            if (n instanceof TextNode t) {
                lines.text(inPre(parent) ? t.getWholeText() : WHITE.matcher(t.getWholeText()).replaceAll(" "));
            } else if (n instanceof Element e) {
                String tag = e.normalName();
                switch (tag) {
                    case "br" -> lines.lineBreak();
                    case "table" -> {
                        lines.flush();
                        lines.out.addAll(table(e));
                    }
                    case "li" -> {
                        lines.flush();
                        item++;
                        lines.text("ol".equals(parent.normalName()) ? item + ". " : "- ");
                        block(e, lines);
                        lines.flush();
                    }
                    case "pre" -> {
                        lines.flush();
                        for (String l : e.wholeText().split("\r?\n", -1)) lines.out.add(l.stripTrailing());
                    }
                    default -> {
                        boolean isBlock = e.isBlock() || "tr".equals(tag);
                        if (isBlock) lines.flush();
                        block(e, lines);
                        if (isBlock) lines.flush();
                    }
                }
            }
        }
    }

    private static boolean inPre(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if ("pre".equals(p.normalName())) return true;
        }
        return false;
    }

    /**
     * A table's lines. A table inside another's cell is laid out over the page width too: old portals lay
     * out whole pages with tables, and the document's header table then sits in one of their cells.
     */
    private List<String> table(Element table) {
        List<List<TableLayout.Cell>> rows = new ArrayList<>();
        double[] shares = null;
        List<String> stacked = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) continue;
            List<TableLayout.Cell> cells = new ArrayList<>();
            List<Double> widths = new ArrayList<>();
            int column = 0;
            boolean layout = false;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                int span = Math.max(1, parseInt(td.attr("colspan")));
                Lines inner = new Lines();
                block(td, inner);
                List<String> content = inner.done();
                layout |= content.size() > LAYOUT_CELL_LINES;
                cells.add(new TableLayout.Cell(column, span, content));
                widths.add(span == 1 ? width(td) : -1);
                column += span;
            }
            if (layout) {
                // a page region, not a table row: its cells one after the other
                stacked.addAll(TableLayout.render(rows, shares, false));
                rows.clear();
                for (TableLayout.Cell c : cells) stacked.addAll(c.lines());
                continue;
            }
            rows.add(cells);
            if (shares == null && !widths.isEmpty() && widths.stream().allMatch(w -> w > 0)) {
                double sum = widths.stream().mapToDouble(Double::doubleValue).sum();
                shares = widths.stream().mapToDouble(w -> w / sum).toArray();
            }
        }
        stacked.addAll(TableLayout.render(rows, shares, false));
        return stacked;
    }

    /** A cell's width from its width attribute or style, in whatever unit the row shares; -1 if none. */
    private static double width(Element td) {
        for (String s : new String[] {td.attr("width"), td.attr("style")}) {
            Matcher m = WIDTH.matcher(s.strip());
            if (!s.isBlank() && m.find()) return Double.parseDouble(m.group(1));
        }
        return -1;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
