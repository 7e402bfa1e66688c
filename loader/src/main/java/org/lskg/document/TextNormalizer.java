package org.lskg.document;

import org.lskg.text.Fold;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Produces the normalised text every offset refers to: NFC, LF line ends, no byte-order mark, ordinary
 * spaces for NBSP and tabs, and markdown/HTML presentation stripped (emphasis, heading hashes, tags), so
 * that a document pasted as markdown and the same document as plain text give the same sentences.
 * Line structure is kept: the header and signature blocks are laid out in lines and columns; markdown
 * layout tables are laid out that way first and soft line breaks joined ({@link MarkdownLayout}).
 */
public final class TextNormalizer {

    /**
     * The normalised text and the markdown headings it had.
     *
     * @param text     normalised text
     * @param headings line index → markdown heading level (1 for "#"), for lines that were headings
     */
    public record Normalized(String text, Map<Integer, Integer> headings) {
        public Normalized {
            headings = Map.copyOf(headings);
        }
    }

    private static final Pattern TAGS = Pattern.compile("</?(?:sub|sup|br|b|i|u|em|strong|span|p)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    /** "THÔNG BÁO**Kết luận": bold closing right before the next line's text, as markdown export leaves it. */
    private static final Pattern GLUED_BOLD = Pattern.compile("(?<=\\p{Lu})\\*{2,3}(?=\\p{Lu}\\p{Ll})");
    private static final Pattern EMPHASIS = Pattern.compile(
            "\\*{1,3}|(?<![\\p{L}\\p{N}])_{2,3}|_{2,3}(?![\\p{L}\\p{N}])");
    private static final Pattern HEADING = Pattern.compile("^[ ]*(#{1,6})[ ]+");
    private static final Pattern TRAILING = Pattern.compile("(?m)[ ]+$");

    private final MarkdownLayout layout = new MarkdownLayout();
    private final FirstLineJoiner firstLines = new FirstLineJoiner();

    public Normalized normalize(String raw) {
        String t = raw.replace("\uFEFF", "").replace("\u200B", "");
        t = t.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        t = t.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ');
        t = Fold.nfc(t);
        t = GLUED_BOLD.matcher(t).replaceAll("\n");
        t = layout.apply(t);
        t = firstLines.apply(t);
        Map<Integer, Integer> headings = new TreeMap<>();
        String[] lines = t.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = HEADING.matcher(lines[i]);
            if (m.find()) {
                headings.put(i, m.group(1).length());
                lines[i] = lines[i].substring(m.end());
            }
        }
        t = String.join("\n", lines);
        t = stripMarkup(t);
        t = TRAILING.matcher(t).replaceAll("");
        return new Normalized(t, headings);
    }

    /**
     * {@code s} without inline HTML tags and emphasis markers. A tag holds a '<', an emphasis marker a '*' or a
     * '_': text without them is returned as it is, unscanned (the layout strips every line it joins, some
     * several times; the scans were a fortieth of the time of preparing a document).
     */
    static String stripMarkup(String s) {
        String t = s.indexOf('<') < 0 ? s : TAGS.matcher(s).replaceAll("");
        return t.indexOf('*') < 0 && t.indexOf('_') < 0 ? t : EMPHASIS.matcher(t).replaceAll("");
    }
}
