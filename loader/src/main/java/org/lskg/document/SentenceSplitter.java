package org.lskg.document;

import org.lskg.text.Casing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups body lines into paragraphs and paragraphs into sentences, keeping offsets into the normalised
 * text. Two layouts are handled: one paragraph per line (markdown, word processors) and hard-wrapped
 * lines (text extracted from PDF), where a line break inside a sentence is only a space. A line that
 * starts in lower case after a line that did not end a sentence continues it in both layouts, which also
 * mends page breaks ("toàn diện,\n\nrộng khắp").
 */
final class SentenceSplitter {

    private static final Pattern BULLET = Pattern.compile("^[-+•*–]\\s+");
    private static final Set<String> ABBREVIATIONS = Set.of("TP", "Tp", "TT", "TS", "ThS", "PGS", "GS", "KT",
            "TM", "TL", "TUQ", "Q", "St", "v.v", "Mr", "No", "Số", "tr", "Tr", "ĐT", "ĐC", "Đ/c", "đ/c", "TX", "P");
    private static final String TERMINAL = ".!?…";
    /**
     * The longest sentence handed to the extractors, in characters. The longest real one in the corpora
     * (corpus-real, dev, seeds: 73,500 sentences) has 3,412; a longer run without a full stop is a table or
     * list flattened into one line, and is cut at a clause boundary, so that no rule ever reads an unbounded
     * text (issue 11: a 2 MB line kept the rules busy for minutes).
     */
    static final int MAX_SENTENCE = 4_000;

    private final String text;
    /** The sections in order of their start, ties in their given order. */
    private final List<Section> byStart;
    private final int[] parentIndex;

    SentenceSplitter(String text, List<Section> sections) {
        this.text = text;
        this.byStart = sections.stream().sorted(Comparator.comparingInt(Section::start)).toList();
        this.parentIndex = parents(byStart);
    }

    /** Paragraph spans [start, end) of the lines in [from, to), skipping {@code skip}. */
    List<int[]> paragraphs(List<Line> lines, int from, int to, BitSet skip) {
        boolean wrapped = isWrapped(lines, from, to, skip);
        int width = typicalWidth(lines, from, to, skip);
        List<int[]> out = new ArrayList<>();
        int[] current = null;
        Line prev = null;
        boolean blankSince = false;
        for (int i = from; i < to; i++) {
            if (skip.get(i)) continue;
            Line line = lines.get(i);
            if (line.isBlank()) {
                blankSince = true;
                continue;
            }
            String t = line.trimmed();
            boolean startsNew;
            if (current == null) {
                startsNew = true;
            } else if (continuesRange(prev.trimmed(), t)) {
                startsNew = false;
            } else if (StructureParser.markerOf(line).isPresent() || BULLET.matcher(t).find()) {
                startsNew = true;
            } else {
                String p = prev.trimmed();
                char end = p.charAt(p.length() - 1);
                boolean lower = continuesText(t);
                boolean endsSentence = TERMINAL.indexOf(end) >= 0 || end == ':';
                if (lower && !endsSentence) {
                    startsNew = false;
                } else if (blankSince || !wrapped) {
                    startsNew = true;
                } else {
                    startsNew = endsSentence || end == ';' || Casing.isUpper(p) || p.length() < width * 0.6;
                }
            }
            if (startsNew) {
                if (current != null) out.add(current);
                current = new int[] {line.contentStart(), line.end()};
            } else {
                current[1] = line.end();
            }
            prev = line;
            blankSince = false;
        }
        if (current != null) out.add(current);
        return out;
    }

    /** Sentences of the span [start, end), the leading marker or bullet left out. */
    List<Sentence> sentences(int start, int end, Sentence.Part part, int firstIndex) {
        List<Sentence> out = new ArrayList<>();
        int s = skipLead(start, end);
        int i = s;
        while (i < end) {
            char c = text.charAt(i);
            if (TERMINAL.indexOf(c) >= 0 && isBoundary(s, i, end)) {
                int stop = i + 1;
                if (text.startsWith("./.", i)) stop = i + 3;
                add(out, s, stop, part, firstIndex);
                s = stop;
                i = stop;
                continue;
            }
            i++;
        }
        add(out, s, end, part, firstIndex);
        return out;
    }

    private int skipLead(int start, int end) {
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0 || lineEnd > end) lineEnd = end;
        Line first = new Line(0, start, text.substring(start, lineEnd));
        Optional<StructureParser.Marker> marker = StructureParser.markerOf(first);
        int s = marker.map(StructureParser.Marker::textStart).orElse(start);
        var bullet = BULLET.matcher(text.substring(s, Math.min(end, s + 4)));
        if (bullet.find()) s += bullet.end();
        return s;
    }

    /** A terminal mark ends a sentence when white space and a capital, digit, quote or bracket follow. */
    private boolean isBoundary(int sentenceStart, int i, int end) {
        int j = i + 1;
        if (text.startsWith("./.", i)) return true;
        while (j < end && TERMINAL.indexOf(text.charAt(j)) >= 0) j++;
        if (j >= end) return true;
        if (!Character.isWhitespace(text.charAt(j))) return false;
        while (j < end && Character.isWhitespace(text.charAt(j))) j++;
        if (j >= end) return true;
        int next = text.codePointAt(j);
        boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘('[-–".indexOf(next) >= 0;
        if (!opens || text.charAt(i) != '.') return opens;
        int w = i;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1))) w--;
        String word = text.substring(w, i);
        return !(ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0))));
    }

    private void add(List<Sentence> out, int s, int e, Sentence.Part part, int firstIndex) {
        while (e - s > MAX_SENTENCE) {
            int cut = cutBefore(s, s + MAX_SENTENCE);
            addOne(out, s, cut, part, firstIndex);
            s = cut;
        }
        addOne(out, s, e, part, firstIndex);
    }

    /**
     * Where to cut an overlong span that starts at {@code s}, at or before {@code limit}: after the last
     * semicolon, else the last comma, else the last white space in the second half; else at the limit.
     */
    private int cutBefore(int s, int limit) {
        int half = s + (limit - s) / 2;
        for (String marks : new String[] {";", ",", " \n\t"}) {
            for (int i = limit - 1; i > half; i--) {
                if (marks.indexOf(text.charAt(i)) >= 0) return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private void addOne(List<Sentence> out, int s, int e, Sentence.Part part, int firstIndex) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e <= s) return;
        String raw = text.substring(s, e);
        if (raw.chars().noneMatch(Character::isLetterOrDigit)) return;
        String clean = collapseSpace(raw);
        out.add(new Sentence(firstIndex + out.size(), s, e, clean, sectionAt(s), part));
    }

    /** {@code raw.replaceAll("\\s+", " ")}, without the regex: each run of ASCII white space as one space. */
    static String collapseSpace(String raw) {
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isSpace(c) || c == ' ' && (i + 1 == raw.length() || !isSpace(raw.charAt(i + 1)))) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(raw.length()).append(raw, 0, i);
            out.append(' ');
            while (i + 1 < raw.length() && isSpace(raw.charAt(i + 1))) i++;
        }
        return out == null ? raw : out.toString();
    }

    /** What {@code \\s} matches without UNICODE_CHARACTER_CLASS: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The innermost section containing {@code offset}: the latest-starting one. Sections nest, so it is the
     * last section starting at or before the offset or one of its ancestors: a binary search and a walk up,
     * not a scan of every section for every sentence (a document of 100,000 numbered items made that
     * quadratic).
     */
    Optional<String> sectionAt(int offset) {
        int i = lastStartingAtOrBefore(offset);
        for (int k = i; k >= 0; k = parentIndex[k]) {
            Section s = byStart.get(k);
            if (offset < s.end()) return Optional.of(s.id());
        }
        return Optional.empty();
    }

    private int lastStartingAtOrBefore(int offset) {
        int lo = 0;
        int hi = byStart.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** For each section in {@link #byStart}, the index of its parent there, or -1. */
    private static int[] parents(List<Section> byStart) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < byStart.size(); k++) index.putIfAbsent(byStart.get(k).id(), k);
        int[] parent = new int[byStart.size()];
        for (int k = 0; k < byStart.size(); k++) {
            parent[k] = byStart.get(k).parentId().map(index::get).filter(p -> p < byStart.size()).orElse(-1);
        }
        return parent;
    }

    /** PDF-style text: many lines stop mid-sentence and the next line continues in lower case. */
    private static boolean isWrapped(List<Line> lines, int from, int to, BitSet skip) {
        int pairs = 0;
        int nonBlank = 0;
        Line prev = null;
        for (int i = from; i < to; i++) {
            Line l = lines.get(i);
            if (skip.get(i) || l.isBlank()) {
                prev = null;
                continue;
            }
            nonBlank++;
            if (prev != null) {
                String p = prev.trimmed();
                char end = p.charAt(p.length() - 1);
                if (TERMINAL.indexOf(end) < 0 && ":;".indexOf(end) < 0 && continuesText(l.trimmed())) {
                    pairs++;
                }
            }
            prev = l;
        }
        return pairs >= 2 && pairs * 10 >= nonBlank;
    }

    /**
     * A line "- 2025”;" after a line ending in a number is the second half of a range wrapped at its dash
     * ("giai đoạn 2021\n- 2025", "công suất 5\n-10 tấn"), not a bullet: web copies of state documents
     * wrap lines anywhere (shared/corpus-real: tvpl-05729ab54fc07c39, tvpl-09daab284f92e2dd,
     * tvpl-f004d93b21e7fc5f; shared/eval/dev: tvpl-31fb08f34535fce3).
     */
    static boolean continuesRange(String previous, String line) {
        return !previous.isEmpty() && Character.isDigit(previous.charAt(previous.length() - 1))
                && RANGE_END.matcher(line).lookingAt();
    }

    private static final Pattern RANGE_END = Pattern.compile("[-–]\\s?\\d");

    /** A line that can only continue a sentence: it starts in lower case or with a number ("05/01/2023, ..."). */
    private static boolean continuesText(String line) {
        int c = line.codePointAt(0);
        return Character.isLowerCase(c) || Character.isDigit(c);
    }

    /** The 80th percentile of line lengths: a shorter line ends its paragraph in a wrapped layout. */
    private static int typicalWidth(List<Line> lines, int from, int to, BitSet skip) {
        int[] lengths = new int[Math.max(0, to - from)];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!skip.get(i) && !lines.get(i).isBlank()) lengths[n++] = lines.get(i).text().length();
        }
        if (n == 0) return 0;
        int[] sorted = Arrays.copyOf(lengths, n);
        Arrays.sort(sorted);
        return sorted[(int) (n * 0.8) == n ? n - 1 : (int) (n * 0.8)];
    }
}
