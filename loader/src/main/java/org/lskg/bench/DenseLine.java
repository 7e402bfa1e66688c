package org.lskg.bench;

import org.lskg.Pipeline;
import org.lskg.document.DocumentException;
import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;
import org.lskg.extract.Commitment;
import org.lskg.extract.Fact;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The worst input of issue 11 that is still a document: a real header followed by ONE line of megabytes of
 * dense task text — the sentences lskg reads as tasks in real documents, stripped of their closing stop and
 * joined with "; " over and over. No full stop breaks it, so the splitter cuts it at
 * {@code SentenceSplitter.MAX_SENTENCE} characters after a semicolon, and every piece is a run of directives
 * with bodies, places, works and deadlines for every rule to read. Deterministic: the same sources give the
 * same bytes.
 *
 * <pre>{@code
 * DenseLine d = DenseLine.of(pipeline, List.of(seed0, seed1, seed2));
 * String text = d.text(2 * 1024 * 1024);
 * }</pre>
 */
public final class DenseLine {

    /** Between two task sentences: the clause separator, so the line keeps no full stop of its own. */
    static final String JOIN = "; ";
    private static final Pattern CLOSING = Pattern.compile("[\\s.;:,]+$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final String header;
    private final List<String> tasks;

    private DenseLine(String header, List<String> tasks) {
        if (tasks.isEmpty()) throw new IllegalArgumentException("the sources have no task sentence");
        this.header = header;
        this.tasks = List.copyOf(tasks);
    }

    /**
     * The header of the first of {@code sources} whose header gives a number and a date (its text up to the first
     * sentence of its body), and the sentences of {@code sources} that hold a commitment, in file order, each
     * once, on one line each.
     */
    public static DenseLine of(Pipeline pipeline, List<Path> sources) throws DocumentException {
        Set<String> tasks = new LinkedHashSet<>();
        String header = null;
        for (Path source : sources) {
            ParsedDocument doc = pipeline.parse(source);
            if (header == null && doc.number().isPresent() && doc.issued().isPresent()) header = headerOf(doc);
            for (Fact f : pipeline.facts(doc)) {
                if (f instanceof Commitment c) {
                    String t = CLOSING.matcher(SPACE.matcher(c.sentence().text()).replaceAll(" ").strip()).replaceAll("");
                    if (!t.isEmpty()) tasks.add(t);
                }
            }
        }
        if (header == null) throw new IllegalArgumentException("no source has a header with a number and a date");
        return new DenseLine(header, new ArrayList<>(tasks));
    }

    /** A document's text before its body: number, place and date, type and title (the parser's own cut). */
    private static String headerOf(ParsedDocument doc) {
        int body = doc.sentences().stream().filter(s -> s.part() == Sentence.Part.BODY).mapToInt(Sentence::start)
                .findFirst().orElse(doc.text().length());
        return doc.text().substring(0, body);
    }

    /** The task sentences the line repeats, in order. */
    public List<String> tasks() {
        return tasks;
    }

    /**
     * The header, a blank line, then one line of at least {@code bytes} bytes of UTF-8: the task sentences
     * joined with "; ", again from the first when they run out, ended by a full stop and a line break.
     */
    public String text(int bytes) {
        StringBuilder line = new StringBuilder(bytes + 4096);
        int size = 0;
        for (int i = 0; size < bytes; i++) {
            String t = (i == 0 ? "" : JOIN) + tasks.get(i % tasks.size());
            line.append(t);
            size += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return header.stripTrailing() + "\n\n" + line + ".\n";
    }
}
