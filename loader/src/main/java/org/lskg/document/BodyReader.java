package org.lskg.document;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The body of a document as sections and sentences: the main text between header and tail, and the
 * texts attached after the signature ({@link Attachments}), whose sections are kept apart by a prefix
 * ("K1/II/3" is section II.3 of the first attached text). In both, the rows of a flattened table
 * ({@link PipeTables}) are sentences of their own, one per row, instead of paragraphs.
 */
final class BodyReader {

    private final String text;
    private final List<Line> lines;
    private final StructureParser structure;
    private final BitSet skip;

    BodyReader(String text, List<Line> lines, StructureParser structure, BitSet skip) {
        this.text = text;
        this.lines = lines;
        this.structure = structure;
        this.skip = skip;
    }

    /** Sections of the main body [from, to) and of the attached parts, in order. */
    List<Section> sections(int from, int to, List<Attachments.Part> parts) {
        List<Section> all = new ArrayList<>(structure.parse(from, to, skip));
        for (int k = 0; k < parts.size(); k++) {
            String prefix = "K" + (k + 1) + "/";
            for (Section s : structure.parse(parts.get(k).bodyStart(), parts.get(k).bodyEnd(), skip)) {
                all.add(new Section(prefix + s.id(), s.marker(), s.heading(), s.level(), s.parentId().map(p -> prefix + p),
                        all.size(), s.start(), s.end()));
            }
        }
        return all;
    }

    /** Body sentences of the main body [from, to) and the attached parts, numbered from {@code firstIndex}. */
    List<Sentence> sentences(SentenceSplitter splitter, int from, int to, List<Attachments.Part> parts, int firstIndex) {
        List<Sentence> out = new ArrayList<>(range(splitter, from, to));
        for (Attachments.Part p : parts) out.addAll(range(splitter, p.bodyStart(), p.bodyEnd()));
        out.sort(Comparator.comparingInt(Sentence::start));
        List<Sentence> numbered = new ArrayList<>(out.size());
        for (Sentence s : out) {
            numbered.add(new Sentence(firstIndex + numbered.size(), s.start(), s.end(), s.text(), s.sectionId(), s.part()));
        }
        return numbered;
    }

    private List<Sentence> range(SentenceSplitter splitter, int from, int to) {
        List<PipeTables.Table> tables = PipeTables.find(lines, from, to, skip);
        BitSet without = (BitSet) skip.clone();
        tables.forEach(t -> without.set(t.firstLine(), t.endLine()));
        List<Sentence> out = new ArrayList<>();
        for (int[] p : splitter.paragraphs(lines, from, to, without)) {
            out.addAll(splitter.sentences(p[0], p[1], Sentence.Part.BODY, 0));
        }
        for (PipeTables.Table t : tables) {
            for (PipeTables.Row r : t.rows()) {
                int start = lines.get(r.firstLine()).contentStart();
                int end = lines.get(r.lastLine()).end();
                String raw = text.substring(start, end);
                if (raw.chars().noneMatch(Character::isLetterOrDigit)) continue;
                Optional<String> section = splitter.sectionAt(start);
                out.add(new Sentence(0, start, end, raw.replaceAll("\\s+", " ").strip(), section, Sentence.Part.BODY));
            }
        }
        return out;
    }

    /** Tail lines: [from, lines.size()) without the attached parts. */
    static List<int[]> tailRanges(int from, int size, List<Attachments.Part> parts) {
        List<int[]> out = new ArrayList<>();
        int at = from;
        for (Attachments.Part p : parts) {
            if (p.bodyStart() > at) out.add(new int[] {at, p.bodyStart()});
            at = Math.max(at, p.bodyEnd());
        }
        if (size > at) out.add(new int[] {at, size});
        return out;
    }
}
