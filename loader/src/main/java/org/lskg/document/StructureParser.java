package org.lskg.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the section hierarchy from the markers that open lines: Phần/Chương/Mục, roman numerals ("II."),
 * articles ("Điều 2."), clauses ("1."), sub-clauses ("3.1."), points ("a)") and markdown headings.
 * Documents nest these in different orders (a resolution puts "I." inside "Điều 1."; a notice puts "1."
 * inside "I."), so nesting follows appearance, as in an outline: a marker of a kind already open closes
 * everything below that kind; a new kind opens one level deeper.
 */
final class StructureParser {

    /** Kinds of marker, each with the regular expression that recognises it at the start of a line. */
    enum Kind {
        PART("^(?:Phần|PHẦN)\\s+(thứ\\s+\\S+|[IVXLC]+|\\d+)\\b\\.?"),
        CHAPTER("^(?:Chương|CHƯƠNG)\\s+([IVXLC]+|\\d+)\\b\\.?"),
        DIVISION("^(?:Mục|MỤC)\\s+(\\d+|[IVXLC]+)\\b\\.?"),
        ARTICLE("^Điều\\s+(\\d+)\\s*[.:]"),
        ROMAN("^([IVXL]{1,6})[.:]\\s+"),
        DECIMAL("^(\\d{1,2}(?:\\.\\d{1,2}){1,3})\\.?\\s+"),
        ARABIC("^(\\d{1,2})\\.\\s+"),
        ARABIC_PAREN("^(\\d{1,2})\\)\\s+"),
        POINT("^([a-zđ])\\)\\s+"),
        HEADING(null);

        final Pattern pattern;

        Kind(String regex) {
            this.pattern = regex == null ? null : Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
        }

        /** The prefix used in section ids, so that "Điều 1" and "1." cannot collide. */
        String idPrefix() {
            return switch (this) {
                case PART -> "P";
                case CHAPTER -> "C";
                case DIVISION -> "M";
                case ARTICLE -> "D";
                case HEADING -> "h";
                default -> "";
            };
        }
    }

    /** A marker found at the start of a line. */
    record Marker(Kind kind, String label, String printed, int start, int textStart, String rest) {}

    private static final int HEADING_MAX = 160;

    private final List<Line> lines;
    private final Map<Integer, Integer> markdownHeadings;

    StructureParser(List<Line> lines, Map<Integer, Integer> markdownHeadings) {
        this.lines = lines;
        this.markdownHeadings = markdownHeadings;
    }

    /** The marker opening {@code line}, if any. */
    static Optional<Marker> markerOf(Line line) {
        String t = line.text();
        int lead = line.contentStart() - line.start();
        String s = t.substring(lead);
        for (Kind k : Kind.values()) {
            if (k.pattern == null) continue;
            Matcher m = k.pattern.matcher(s);
            if (m.find()) {
                String printed = s.substring(0, m.end()).strip();
                String rest = s.substring(m.end()).strip();
                return Optional.of(new Marker(k, m.group(1).replaceAll("\\s+", "-"), printed,
                        line.start() + lead, line.start() + lead + m.end(), rest));
            }
        }
        return Optional.empty();
    }

    /** Sections of the lines in [from, to), skipping {@code skip}; each ends where the next sibling begins. */
    List<Section> parse(int from, int to, BitSet skip) {
        record Open(Kind kind, int headingLevel, String id, int index) {}
        List<Section> out = new ArrayList<>();
        List<int[]> bounds = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        Set<String> ids = new HashSet<>();
        int endOffset = to < lines.size() ? lines.get(to).start() : lines.get(lines.size() - 1).end();
        for (int i = from; i < to; i++) {
            if (skip.get(i) || lines.get(i).isBlank()) continue;
            Line line = lines.get(i);
            Optional<Marker> found = markerOf(line);
            Integer mdLevel = markdownHeadings.get(i);
            Marker marker;
            if (found.isPresent()) {
                marker = found.get();
            } else if (mdLevel != null) {
                marker = new Marker(Kind.HEADING, "", "", line.contentStart(), line.contentStart(), line.trimmed());
            } else {
                continue;
            }
            int headingLevel = mdLevel == null ? 0 : mdLevel;
            // close what this marker ends: the open section of the same kind, and everything under it
            Open same = null;
            for (Open o : stack) {
                if (o.kind == marker.kind() && (o.kind != Kind.HEADING || o.headingLevel >= headingLevel)) {
                    same = o;
                }
            }
            if (same != null) {
                while (!stack.isEmpty()) {
                    Open o = stack.pop();
                    bounds.get(o.index)[1] = marker.start();
                    if (o == same) break;
                }
            }
            Optional<String> parent = stack.isEmpty() ? Optional.empty() : Optional.of(stack.peek().id());
            String local = marker.kind() == Kind.HEADING ? "h" + (out.size() + 1)
                    : marker.kind().idPrefix() + marker.label();
            String id = parent.map(p -> p + "/" + local).orElse(local);
            String unique = id;
            // a repeated marker ("1.3" twice) gets a suffix that no marker can spell, so its IRI, where "." and
            // "-" both become "-", cannot meet that of another section ("1.3-3" vs "1.3.3" would)
            for (int n = 2; !ids.add(unique); n++) unique = id + "-dup" + n;
            out.add(new Section(unique, marker.printed(), heading(marker), stack.size() + 1, parent, out.size(),
                    marker.start(), -1));
            bounds.add(new int[] {marker.start(), endOffset});
            stack.push(new Open(marker.kind(), headingLevel, unique, out.size() - 1));
        }
        List<Section> sections = new ArrayList<>(out.size());
        for (int k = 0; k < out.size(); k++) {
            Section s = out.get(k);
            sections.add(new Section(s.id(), s.marker(), s.heading(), s.level(), s.parentId(), s.order(),
                    s.start(), bounds.get(k)[1]));
        }
        return sections;
    }

    /**
     * A line that is a heading ("1. Đánh giá chung") gives its words; a clause that runs on as text
     * ("3. Về hỗ trợ cửa khẩu biên giới: ...") gives the part before the colon; running text gives none.
     */
    private static Optional<String> heading(Marker m) {
        String rest = m.rest();
        if (rest.isEmpty()) return Optional.empty();
        int colon = rest.indexOf(':');
        if (colon > 0 && colon <= HEADING_MAX) {
            return Optional.of(rest.substring(0, colon).strip());
        }
        char last = rest.charAt(rest.length() - 1);
        if (rest.length() <= HEADING_MAX && last != '.' && last != ';') {
            return Optional.of(rest);
        }
        return Optional.empty();
    }
}
