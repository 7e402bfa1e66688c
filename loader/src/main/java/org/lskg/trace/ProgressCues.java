package org.lskg.trace;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lskg.text.DataFile;
import org.lskg.text.Fold;

/**
 * Progress language in a follow-up statement, read on diacritic-folded text with the phrases of
 * {@code org/lskg/data/progress-cues.tsv} (their sources are there). Five kinds matter for a status, read in
 * this order, the first that matches deciding:
 * <ul>
 *   <li>completion — "đã hoàn thành", "đã được phê duyệt", "đưa vào sử dụng". Only an account (a sentence that
 *       gives no task) can report completion: in a task "hoàn thành X" asks for X;</li>
 *   <li>pending — the product waits for another body's decision: "đã trình Thủ tướng Chính phủ", "chờ phê
 *       duyệt", "ngay sau khi được ... phê duyệt";</li>
 *   <li>rescheduled — a new date: "lùi thời hạn", "thời gian hoàn thành trước ngày ...", "hoàn thành ... trong
 *       quý III/2024" (the date is read by the caller);</li>
 *   <li>partial — a target reported part-way: "đạt 10/19 tiêu chí", "đạt 55,98% kế hoạch" (not 100 % or more);</li>
 *   <li>ongoing — "tiếp tục", "đang", "chưa", "chậm", "trình ... phê duyệt" (still to submit).</li>
 * </ul>
 */
final class ProgressCues {
    private ProgressCues() {}

    /** What a statement says about progress, strongest first. */
    enum Kind {
        COMPLETED, PENDING, RESCHEDULED, PARTIAL, ONGOING;

        /**
         * A new date, a pending decision or a part-way figure: such a clause restates its task in fewer words
         * and may be linked with less in common ({@link LinkKind#PROGRESS}).
         */
        boolean bearsOnStatus() {
            return this == PENDING || this == RESCHEDULED || this == PARTIAL;
        }
    }

    record Cue(Kind kind, String words) {}

    /**
     * A pattern of the data file, and the words one of which each of its matches holds: a text without any of
     * them cannot match, and is not searched.
     */
    record CuePattern(Pattern pattern, List<String> anyOf) {
        boolean mayMatch(String folded) {
            for (String word : anyOf) {
                if (folded.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String RESOURCE = "/org/lskg/data/progress-cues.tsv";
    private static final Pattern WORDS = Pattern.compile("\\|");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Map<Kind, List<CuePattern>> PATTERNS = load();

    private static Map<Kind, List<CuePattern>> load() {
        Map<Kind, List<CuePattern>> out = new EnumMap<>(Kind.class);
        for (DataFile.Row row : DataFile.rows(RESOURCE)) {
            row.require(3, "kind <TAB> pattern <TAB> words every match holds");
            Kind kind = Kind.valueOf(row.get(0).toUpperCase(java.util.Locale.ROOT));
            List<String> anyOf = WORDS.splitAsStream(row.get(2)).map(String::strip).filter(w -> !w.isEmpty()).toList();
            if (anyOf.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": no words for " + row.get(1));
            }
            out.computeIfAbsent(kind, k -> new ArrayList<>()).add(new CuePattern(Pattern.compile(row.get(1)), anyOf));
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The data file's patterns, by kind, in the order they are tried. */
    static Map<Kind, List<CuePattern>> patterns() {
        return PATTERNS;
    }

    /** The strongest cue of {@code text}: completion only when {@code isTask} is false. */
    static Optional<Cue> read(String text, boolean isTask) {
        return readFolded(Fold.ascii(text), isTask);
    }

    /** As {@link #read(String, boolean)}, of a text already {@link Fold#ascii folded}. */
    static Optional<Cue> readFolded(String folded, boolean isTask) {
        for (Kind kind : Kind.values()) {
            if (kind == Kind.COMPLETED && isTask) {
                continue;
            }
            for (CuePattern p : PATTERNS.getOrDefault(kind, List.of())) {
                if (!p.mayMatch(folded)) {
                    continue;
                }
                Matcher m = p.pattern().matcher(folded);
                while (m.find()) {
                    if (kind != Kind.PARTIAL || partWay(m.group())) {
                        return Optional.of(new Cue(kind, m.group()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The cue of the best {@code clause} of a sentence; in an account, a pending decision or part-way figure in a
     * sibling clause counts when the best clause says nothing stronger ("đến nay đã đạt 10/19 tiêu chí ...; xã
     * ... phấn đấu đạt chuẩn nông thôn mới năm 2024": the account is one of progress).
     */
    static Optional<Cue> read(String clause, List<String> clauses, boolean isTask) {
        return of(read(clause, isTask), isTask ? List.of() : clauses.stream().map(x -> read(x, false)).toList(), isTask);
    }

    /**
     * As {@link #read(String, List, boolean)}, from cues already read: {@code own} of the best clause, and
     * {@code siblings} of every clause of the sentence, each read with {@code isTask} (the tracer reads a
     * sentence's clauses once, not once per commitment it is compared with).
     */
    static Optional<Cue> of(Optional<Cue> own, List<Optional<Cue>> siblings, boolean isTask) {
        if (isTask || own.filter(x -> x.kind() != Kind.ONGOING).isPresent()) {
            return own;
        }
        return siblings.stream().flatMap(Optional::stream)
                .filter(x -> x.kind() == Kind.PENDING || x.kind() == Kind.PARTIAL)
                .findFirst().or(() -> own);
    }

    /**
     * A figure short of its aim: "dat 10 19 tieu chi" (10 of 19), "dat 55 98 ke hoach" (55,98 %), but not
     * "dat 19 19 tieu chi" or "dat 102 3 ke hoach".
     */
    private static boolean partWay(String folded) {
        List<Integer> n = new ArrayList<>();
        Matcher m = NUMBER.matcher(folded);
        while (m.find() && n.size() < 2) {
            n.add(Integer.parseInt(m.group().length() > 6 ? "999999" : m.group()));
        }
        if (n.isEmpty()) {
            return false;
        }
        if (folded.endsWith("tieu chi")) {
            return n.size() == 2 && n.get(0) < n.get(1);
        }
        return n.get(0) < 100;
    }
}
