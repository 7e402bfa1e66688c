package org.lskg.extract;

import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;
import org.lskg.text.Abbreviations;
import org.lskg.text.Fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    private record Fixed(Pattern pattern, EntityCategory category, String label) {}

    private final NameLexicon lexicon;
    private final List<Fixed> fixed;
    private final AgencyRules agencies;
    private final PlaceRules places = new PlaceRules();
    private final WorkRules works = new WorkRules();
    private final PersonRules persons = new PersonRules();

    public EntityRecognizer(NameLexicon lexicon, Abbreviations abbreviations) {
        this.lexicon = lexicon;
        this.agencies = new AgencyRules(lexicon, abbreviations);
        List<Fixed> f = new ArrayList<>();
        for (NameLexicon.Name n : lexicon.names()) {
            for (String form : n.forms()) {
                f.add(new Fixed(NameLexicon.formPattern(form), n.category(), n.label()));
            }
        }
        this.fixed = List.copyOf(f);
    }

    public static EntityRecognizer standard() {
        return new EntityRecognizer(NameLexicon.standard(), Abbreviations.standard());
    }

    @Override
    public void extract(ParsedDocument document, FactSink sink) {
        Optional<String> locality = document.locality();
        List<EntityMention> all = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            all.addAll(recognise(s, locality));
        }
        unifyGates(all).forEach(sink::accept);
    }

    /** The mentions of one sentence, overlaps resolved, in text order. */
    List<EntityMention> recognise(Sentence sentence, Optional<String> locality) {
        List<EntityMention> candidates = new ArrayList<>();
        Context ctx = new Context(sentence, MatchText.normalize(sentence.text()), locality, lexicon, candidates);
        for (Fixed f : fixed) {
            for (Matcher m = f.pattern().matcher(ctx.text()); m.find(); ) {
                ctx.add(m.start(), m.end(), f.category(), f.label());
            }
        }
        agencies.find(ctx);
        places.find(ctx);
        works.find(ctx);
        persons.find(ctx);
        return resolveOverlaps(candidates);
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
                if (!mayNest(k, c)) {
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
     * A mention inside a longer one is kept when it names a thing of its own: a place inside any name
     * ("Ủy ban nhân dân tỉnh Cao Bằng"), a gate or project inside a programme or project name ("Quy
     * hoạch chung xây dựng khu vực cửa khẩu chính Chi Ma").
     */
    private static boolean mayNest(EntityMention outer, EntityMention inner) {
        if (!outer.contains(inner)) return false;
        if (inner.category() == EntityCategory.PLACE) return true;
        boolean work = outer.category() == EntityCategory.PROGRAM || outer.category() == EntityCategory.PROJECT;
        return work && (inner.category() == EntityCategory.BORDER_GATE || inner.category() == EntityCategory.PROJECT);
    }

    /**
     * One label per border gate in a document: "cửa khẩu Hữu Nghị" and "cửa khẩu quốc tế Hữu Nghị" name
     * the same gate, so both take the label that states its level.
     */
    private static List<EntityMention> unifyGates(List<EntityMention> mentions) {
        Map<String, String> best = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.category() != EntityCategory.BORDER_GATE) continue;
            String key = gateKey(m.label());
            String prev = best.get(key);
            if (prev == null || m.label().length() > prev.length()) best.put(key, m.label());
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String label = m.category() == EntityCategory.BORDER_GATE ? best.get(gateKey(m.label())) : m.label();
            out.add(label.equals(m.label()) ? m
                    : new EntityMention(m.sentence(), m.start(), m.end(), m.surface(), m.category(), label));
        }
        return out;
    }

    private static String gateKey(String label) {
        return Fold.key(label.replaceFirst("^Cửa khẩu (quốc tế|chính|phụ|song phương) ", "Cửa khẩu "));
    }
}
