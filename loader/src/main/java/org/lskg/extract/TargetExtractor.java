package org.lskg.extract;

import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;
import org.lskg.text.Fold;
import org.lskg.text.QuantityReader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link Target}s (chỉ tiêu): the quantities of a section that lists targets, and quantities that
 * target words govern elsewhere (see {@link TargetLanguage}); never an account of results. A target's
 * year is the one its own words name, else the one of its section's heading or of a planning document's
 * title ("Về mục tiêu, nhiệm vụ kế hoạch năm 2024"). A document that restates a target in a later section
 * (the same value, unit and year for nearly the same words) yields it once, where it is first set; two items
 * of one list with the same value are two targets unless one's words hold the other's.
 */
public final class TargetExtractor implements Extractor {

    private static final Pattern YEAR_AFTER = Pattern.compile("(?iu)^[^,;]*?(?<![\\p{L}])năm\\s+(\\d{4})(?!\\d)");
    /** Share of words two labels must have in common to name the same indicator. */
    private static final double SAME_INDICATOR = 0.6;

    private final IndicatorReader reader;

    public TargetExtractor(QuantityReader quantities) {
        this.reader = new IndicatorReader(quantities);
    }

    /** An extractor with lskg's unit vocabulary. */
    public static TargetExtractor standard() {
        return new TargetExtractor(QuantityReader.standard());
    }

    @Override
    public void extract(ParsedDocument document, FactSink sink) {
        Framing framing = Framing.of(document);
        List<Target> found = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            if (s.part() != Sentence.Part.BODY) continue;
            sink.guarded(s, () -> {
                Framing.Frame frame = framing.frame(s);
                for (Reading r : reader.read(s.text())) {
                    if (!TargetLanguage.isTarget(r, frame)) continue;
                    Target t = new Target(s, r.indicator(), r.quantity(), year(r, frame));
                    if (found.stream().noneMatch(f -> restates(t, f))) {
                        found.add(t);
                        sink.accept(t);
                    }
                }
            });
        }
    }

    private static OptionalInt year(Reading r, Framing.Frame frame) {
        if (r.year().isPresent()) return r.year();
        Matcher m = YEAR_AFTER.matcher(r.after());
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : frame.year();
    }

    /** Whether {@code t} says again what {@code earlier} said. */
    private static boolean restates(Target t, Target earlier) {
        if (!t.quantity().valueText().replaceAll("\\s+", "").equals(earlier.quantity().valueText().replaceAll("\\s+", ""))
                || !Fold.key(t.quantity().unit().text()).equals(Fold.key(earlier.quantity().unit().text()))
                || !t.year().equals(earlier.year())) {
            return false;
        }
        Set<String> a = words(t.indicator());
        Set<String> b = words(earlier.indicator());
        if (a.containsAll(b) || b.containsAll(a)) return true;
        // two items of one list (sections under one parent: "1.3/a", "1.3/b") with their own words are two targets
        if (t.sentence().sectionId().isPresent() && parent(t.sentence()).equals(parent(earlier.sentence()))) return false;
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return !all.isEmpty() && common.size() >= SAME_INDICATOR * all.size();
    }

    /** The section that holds the sentence's section ("II/1/1.3" of "II/1/1.3/a"); empty at the top. */
    private static String parent(Sentence s) {
        String id = s.sectionId().orElse("");
        int slash = id.lastIndexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }

    private static Set<String> words(String label) {
        Set<String> words = new HashSet<>(List.of(Fold.key(label).split(" ")));
        words.removeIf(w -> w.equals("năm") || w.matches("\\d{4}")); // the year is compared on its own
        return words;
    }
}
