package org.lskg.document;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds footnotes and their markers in three notations: superscript digits ("168ha¹" … "¹ Chủ yếu là"),
 * markdown ("[^1]" … "[^1]: ..."), and PDF text where the marker is a digit glued to a word
 * ("khoáng sản1.") and the note is an indented line at the page foot ("   1 Các quy định ..."). A PDF
 * note is accepted only when a marker with its number precedes it, so numbered paragraphs are not
 * mistaken for notes. Page-number lines of PDF text are reported too, so the body can skip them.
 */
final class FootnoteParser {

    /** Footnotes found, and the lines they (and page numbers) occupy. */
    record Result(List<Footnote> footnotes, BitSet consumedLines) {}

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern SUP_DEF = Pattern.compile("^\\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\s*(\\S.*)$");
    private static final Pattern SUP_MARK = Pattern.compile("(?<=\\S)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)");
    private static final Pattern MD_DEF = Pattern.compile("^\\s*\\[\\^(\\w+)]:\\s*(.*)$");
    private static final Pattern MD_MARK = Pattern.compile("\\[\\^(\\w+)](?!:)");
    private static final Pattern PDF_DEF = Pattern.compile("^\\s{1,12}(\\d{1,2})\\s+(\\p{Lu}.*)$");
    private static final Pattern PDF_MARK = Pattern.compile("(?<=[\\p{L})”\"])(\\d{1,2})(?=[.,;:]?(?:\\s|$))");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s{10,}\\d{1,3}\\s*$");

    private final List<Line> lines;
    private final int from;
    private final int to;

    FootnoteParser(List<Line> lines, int from, int to) {
        this.lines = lines;
        this.from = from;
        this.to = to;
    }

    Result parse() {
        BitSet consumed = new BitSet();
        Map<String, Integer> markers = new HashMap<>();
        List<Footnote> notes = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            if (PAGE_NUMBER.matcher(line.text()).matches()) {
                consumed.set(i);
                continue;
            }
            Matcher def = SUP_DEF.matcher(line.text());
            String number = null;
            int textStart = -1;
            if (def.matches()) {
                number = fromSuperscript(def.group(1));
                textStart = line.start() + def.start(2);
            } else if ((def = MD_DEF.matcher(line.text())).matches()) {
                number = def.group(1);
                textStart = line.start() + def.start(2);
            } else if ((def = PDF_DEF.matcher(line.text())).matches() && markers.containsKey(def.group(1))) {
                number = def.group(1);
                textStart = line.start() + def.start(2);
            }
            if (number != null && !alreadyDefined(notes, number)) {
                int last = i;
                while (last + 1 < to && continues(lines.get(last), lines.get(last + 1))) last++;
                for (int k = i; k <= last; k++) consumed.set(k);
                int end = lines.get(last).end();
                String text = collapse(textOf(textStart, end));
                notes.add(new Footnote(number, textStart, end, text, Optional.ofNullable(markers.get(number))));
                i = last;
                continue;
            }
            collectMarkers(line, markers);
        }
        return new Result(notes, consumed);
    }

    private String textOf(int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (l.end() <= start || l.start() >= end) continue;
            int s = Math.max(start, l.start()) - l.start();
            int e = Math.min(end, l.end()) - l.start();
            sb.append(l.text(), s, e).append('\n');
        }
        return sb.toString();
    }

    /**
     * A note runs on over the following lines of a wrapped layout: not blank, not a new note, not a page
     * number, and either the note's line so far stops mid-sentence or the next line starts in lower case.
     */
    private static boolean continues(Line current, Line next) {
        String t = next.text();
        if (t.isBlank() || SUP_DEF.matcher(t).matches() || MD_DEF.matcher(t).matches()
                || PDF_DEF.matcher(t).matches() || PAGE_NUMBER.matcher(t).matches()) {
            return false;
        }
        String cur = current.text().strip();
        char last = cur.isEmpty() ? '.' : cur.charAt(cur.length() - 1);
        return Character.isLowerCase(t.strip().charAt(0)) || ".;:!?)".indexOf(last) < 0;
    }

    private static boolean alreadyDefined(List<Footnote> notes, String number) {
        return notes.stream().anyMatch(n -> n.number().equals(number));
    }

    private static void collectMarkers(Line line, Map<String, Integer> markers) {
        String t = line.text();
        for (Pattern p : List.of(SUP_MARK, MD_MARK, PDF_MARK)) {
            if (!mayMark(p, t)) continue;
            Matcher m = p.matcher(t);
            while (m.find()) {
                String n = p == SUP_MARK ? fromSuperscript(m.group(1)) : m.group(1);
                markers.putIfAbsent(n, line.start() + m.start(1));
            }
        }
    }

    /**
     * False when {@code p} cannot match in {@code t} for want of the characters every match of it holds (a
     * superscript digit, "[^", an ASCII digit: {@code \d} without UNICODE_CHARACTER_CLASS): most lines have
     * none, and scanning them was a seventieth of the time of preparing a document. Never false where
     * {@code p} matches, so the markers are the same.
     */
    private static boolean mayMark(Pattern p, String t) {
        if (p == MD_MARK) return t.contains("[^");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (p == SUP_MARK ? SUPERSCRIPTS.indexOf(c) >= 0 : c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private static String fromSuperscript(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append((char) ('0' + SUPERSCRIPTS.indexOf(c)));
        return sb.toString();
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
