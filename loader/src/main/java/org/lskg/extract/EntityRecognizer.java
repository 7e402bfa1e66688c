package org.lskg.extract;

import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;
import org.lskg.text.Abbreviations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the named things of every sentence (bodies, persons, places, border gates, projects,
 * programmes) by pattern and by a fixed vocabulary, and gives each its canonical label. Where two
 * candidates overlap the longer wins ("Ủy ban nhân dân tỉnh Lạng Sơn" over "tỉnh Lạng Sơn"), except that
 * a place inside a longer name is kept as a mention of its own.
 */
public final class EntityRecognizer implements Extractor {

    private final NameLexicon lexicon;
    private final FixedNames fixed;
    private final AgencyRules agencies;
    private final CollectiveRules collectives = new CollectiveRules();
    private final PlaceRules places = new PlaceRules();
    private final WorkRules works = new WorkRules();
    private final PersonRules persons = new PersonRules();

    private final Canonicalizer canonicalizer;

    public EntityRecognizer(NameLexicon lexicon, Abbreviations abbreviations, Canonicalizer canonicalizer) {
        this.lexicon = lexicon;
        this.canonicalizer = canonicalizer;
        this.agencies = new AgencyRules(lexicon, abbreviations);
        this.fixed = new FixedNames(lexicon);
    }

    /** The standard rules and vocabulary, with labels made canonical by {@code canonicalizer}. */
    public static EntityRecognizer standard(Canonicalizer canonicalizer) {
        return new EntityRecognizer(NameLexicon.standard().with(canonicalizer.knownNames()), Abbreviations.standard(),
                canonicalizer);
    }

    @Override
    public void extract(ParsedDocument document, FactSink sink) {
        Optional<String> locality = document.locality();
        List<EntityMention> all = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            sink.guarded(s, () -> all.addAll(recognise(s, locality)));
        }
        yearless(all).forEach(sink::accept);
    }

    /** The mentions of one sentence, overlaps resolved, in text order. */
    List<EntityMention> recognise(Sentence sentence, Optional<String> locality) {
        List<EntityMention> candidates = new ArrayList<>();
        Context ctx = new Context(sentence, MatchText.normalize(sentence.text()), locality, lexicon, candidates);
        fixed.find(ctx);
        collectives.find(ctx);     // before agencies: a class wins over "UBND tỉnh" read on the same words
        agencies.find(ctx);
        places.find(ctx);
        works.find(ctx);
        persons.find(ctx);
        List<EntityMention> kept = resolveOverlaps(candidates);
        List<EntityMention> out = new ArrayList<>(kept.size());
        for (EntityMention m : kept) {
            Canonicalizer.Canonical c = canonicalizer.canonical(m.category(), m.label(), locality);
            out.add(c.label().equals(m.label()) && c.resolution().method() == Resolution.Method.PATTERN ? m
                    : m.relabel(c.label(), c.resolution()));
        }
        return out;
    }

    private static List<EntityMention> resolveOverlaps(List<EntityMention> candidates) {
        List<EntityMention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((EntityMention m) -> m.end() - m.start()).reversed()
                .thenComparingInt(EntityMention::start));
        List<EntityMention> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EntityMention c : sorted) {
            boolean clash = false;
            for (EntityMention k : kept) {
                if (!c.overlaps(k)) continue;
                boolean sameWords = k.start() == c.start() && k.end() == c.end();
                if (!mayNest(k, c) && !(sameWords && mayNest(c, k))) {
                    clash = true;
                    break;
                }
            }
            if (!clash && seen.add(c.start() + ":" + c.end() + ":" + c.category())) kept.add(c);
        }
        kept.sort(Comparator.comparingInt(EntityMention::start));
        return kept;
    }

    /**
     * "Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023" is the year's part of the
     * programme the same document also names without the year: it takes that name. Plans named by their
     * year ("Kế hoạch ... năm 2024") are things of their own and keep it.
     */
    private static List<EntityMention> yearless(List<EntityMention> mentions) {
        Set<String> labels = new HashSet<>();
        mentions.forEach(m -> labels.add(m.category() + "|" + m.label()));
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            Matcher y = YEAR_SUFFIX.matcher(m.label());
            boolean programme = m.category() == EntityCategory.PROGRAM && !m.label().startsWith("Kế hoạch");
            if (programme && y.find() && labels.contains(m.category() + "|" + m.label().substring(0, y.start()))) {
                out.add(m.relabel(m.label().substring(0, y.start()), m.resolution()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** The country whose documents these are: its name ends the names of its national bodies. */
    private static final String COUNTRY = "Việt Nam";

    private static final Pattern YEAR_SUFFIX = Pattern.compile("\\s+năm \\d{4}$");

    /**
     * A mention inside a longer one is kept when it names a thing of its own: a place inside any other name
     * ("Ủy ban nhân dân tỉnh Cao Bằng"), a gate or project inside a programme or project name ("Quy
     * hoạch chung xây dựng khu vực cửa khẩu chính Chi Ma").
     */
    private static boolean mayNest(EntityMention outer, EntityMention inner) {
        if (inner.category() == EntityCategory.PLACE && inner.label().equals(COUNTRY)) {
            return false;   // "Mặt trận Tổ quốc Việt Nam", "Đài Truyền hình Việt Nam": the state's name is part of its bodies'
        }
        if (inner.category() == EntityCategory.PLACE && outer.category() != EntityCategory.PLACE
                && outer.start() <= inner.start() && inner.end() <= outer.end()) {
            return true;    // also on the same words: "các tỉnh: Gia Lai, ..." names each province and its UBND
        }
        if (!outer.contains(inner)) return false;
        if (inner.category() == EntityCategory.PLACE) return true;
        boolean work = outer.category() == EntityCategory.PROGRAM || outer.category() == EntityCategory.PROJECT;
        return work && (inner.category() == EntityCategory.BORDER_GATE || inner.category() == EntityCategory.PROJECT);
    }
}
