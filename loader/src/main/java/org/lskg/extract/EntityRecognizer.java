package org.lskg.extract;

import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;
import org.lskg.text.Abbreviations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
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

    private final NameLexicon lexicon;
    private final FixedNames fixed;
    private final AgencyRules agencies;
    private final CollectiveRules collectives = new CollectiveRules();
    private final PlaceRules places = new PlaceRules();
    private final WorkRules works = new WorkRules();
    private final FacilityRules facilities = new FacilityRules();
    private final PersonRules persons = new PersonRules();

    private final Canonicalizer canonicalizer;

    /** What this recognizer has read, when it reads one document ({@link #forOneDocument}); null otherwise. */
    private final Map<Read, List<EntityMention>> read;

    private record Read(Sentence sentence, Optional<String> locality) {}

    public EntityRecognizer(NameLexicon lexicon, Abbreviations abbreviations, Canonicalizer canonicalizer) {
        this.lexicon = lexicon;
        this.canonicalizer = canonicalizer;
        this.agencies = new AgencyRules(lexicon, abbreviations);
        this.fixed = new FixedNames(lexicon);
        this.read = null;
    }

    private EntityRecognizer(EntityRecognizer rules) {
        this.lexicon = rules.lexicon;
        this.canonicalizer = rules.canonicalizer;
        this.agencies = rules.agencies;
        this.fixed = rules.fixed;
        this.read = new HashMap<>();
    }

    /**
     * The same rules, remembering the mentions of each sentence they read: the commitment extractor and the
     * readers it calls (task frames, topics, table rows) ask for the same sentence four or five times. For one
     * document and one thread; {@link #recognise} is a pure function of its arguments, so this changes nothing
     * but the time.
     */
    EntityRecognizer forOneDocument() {
        return remembers() ? this : new EntityRecognizer(this);
    }

    /** Whether this recognizer remembers what it reads (it reads one document). */
    boolean remembers() {
        return read != null;
    }

    /** The recognizer of {@code run}: the entity and commitment extractors read each sentence once between them. */
    @Override
    public Extractor forOneDocument(OneDocument run) {
        return run.recognizer(this);
    }

    /** The standard rules and vocabulary, with labels made canonical by {@code canonicalizer}. */
    public static EntityRecognizer standard(Canonicalizer canonicalizer) {
        return new EntityRecognizer(NameLexicon.standard().with(canonicalizer.knownNames()), Abbreviations.standard(),
                canonicalizer);
    }

    /**
     * Sends the document's mentions once it has read them all (labels are settled across the document), and tells
     * the sink of each sentence's mentions as it reads them ({@link FactSink#held}), so that a sink bounding the
     * document's size can stop it early: a long document is then read ahead one block at a time, never past
     * the block where the sink stopped it.
     */
    @Override
    public void extract(ParsedDocument document, FactSink sink) {
        Optional<String> locality = document.locality();
        String own = document.type().label();
        List<EntityMention> all = new ArrayList<>();
        List<Sentence> sentences = document.sentences();
        boolean ahead = readsAhead(sentences);
        for (int from = 0; from < sentences.size(); ) {
            int to = ahead ? blockEnd(sentences, from) : sentences.size();
            List<Object> early = ahead ? readAhead(sentences.subList(from, to), locality) : List.of();
            for (int i = from; i < to; i++) {
                Sentence s = sentences.get(i);
                Object read = early.isEmpty() ? null : early.get(i - from);
                sink.guarded(s, () -> {
                    List<EntityMention> found = read == null ? recognise(s, locality) : remembered(s, locality, read);
                    all.addAll(found);
                    // held: those sent at the end whatever the relabelling (yearless() only cuts a year off a
                    // label, so a mention namesItself() drops then is dropped here too): none held goes unsent
                    sink.held(s, found.stream().filter(m -> !namesItself(m, own)).toList());
                });
            }
            from = to;
        }
        FacilityRules.sameRegister(yearless(all)).stream().filter(m -> !namesItself(m, own)).forEach(sink::accept);
    }

    /** "UBND tỉnh ban hành Kế hoạch ... như sau:", "Trên đây là Kế hoạch ...": a plan naming itself. */
    private static final Pattern SELF_BEFORE = Pattern.compile("(?iu)(?:(?:ban hành|xây dựng)\\s+|^\\s*trên đây là\\s+)$");

    /**
     * Whether a programme mention is the document itself, named by its own type in the formula that opens or
     * closes it (NĐ 30/2020 style; 16 such openings in shared/corpus-real, shared/eval/dev tvpl-31fb08f34535fce3,
     * tvpl-0a97eb9c3c536047, ocr-kh70-ubnd-cantho-2025): the document is no entity it mentions.
     */
    private static boolean namesItself(EntityMention m, String ownType) {
        if (m.category() != EntityCategory.PROGRAM || !m.label().startsWith(ownType + " ")) return false;
        String t = m.sentence().text();
        boolean formula = t.strip().endsWith("như sau:") || t.strip().toLowerCase(java.util.Locale.ROOT).startsWith("trên đây là");
        return formula && SELF_BEFORE.matcher(t.substring(0, Math.min(m.start(), t.length()))).find();
    }

    /** Text, in characters, from which a remembering recognizer reads a document's sentences on all cores. */
    static final int READ_AHEAD_FROM_CHARS = 200_000;

    /**
     * Text, in characters, read ahead at a time: enough sentences to keep every core busy (at least 25 of the
     * longest, 4,000 characters), few enough that a document its sink stops is not read far past that point.
     */
    static final int READ_AHEAD_BLOCK_CHARS = 100_000;

    /** Whether a document's sentences are read ahead: by a remembering recognizer, in a long document. */
    private boolean readsAhead(List<Sentence> sentences) {
        return read != null && sentences.size() >= 2
                && sentences.stream().mapToLong(s -> s.text().length()).sum() >= READ_AHEAD_FROM_CHARS;
    }

    /** The end of the block of sentences read ahead from {@code from}: some {@value #READ_AHEAD_BLOCK_CHARS} characters. */
    private static int blockEnd(List<Sentence> sentences, int from) {
        int to = from;
        long chars = 0;
        while (to < sentences.size() && chars < READ_AHEAD_BLOCK_CHARS) {
            chars += sentences.get(to++).text().length();
        }
        return to;
    }

    /**
     * Each of {@code sentences}' mentions (a list) or what reading it threw, read on all cores, in sentence
     * order. {@link #readSentence} is a pure function of its arguments and its rules are shared by the threads
     * of a build, so this changes nothing but the time: the caller takes the results in sentence order, as it
     * would have read them. The threads are done when this returns.
     */
    private List<Object> readAhead(List<Sentence> sentences, Optional<String> locality) {
        return sentences.parallelStream().map(s -> {
            try {
                return (Object) List.copyOf(readSentence(s, locality));
            } catch (RuntimeException | StackOverflowError e) {
                return e;
            }
        }).toList();
    }

    /** What {@link #recognise} gives for {@code sentence}, from what {@link #readAhead} read: remembered, or thrown again. */
    @SuppressWarnings("unchecked")
    private List<EntityMention> remembered(Sentence sentence, Optional<String> locality, Object early) {
        if (early instanceof RuntimeException e) throw e;
        if (early instanceof StackOverflowError e) throw e;
        List<EntityMention> known = (List<EntityMention>) early;
        read.putIfAbsent(new Read(sentence, locality), known);
        return read.get(new Read(sentence, locality));
    }

    /** The mentions of one sentence, overlaps resolved, in text order; the list is not to be modified. */
    List<EntityMention> recognise(Sentence sentence, Optional<String> locality) {
        if (read == null) return readSentence(sentence, locality);
        Read key = new Read(sentence, locality);
        List<EntityMention> known = read.get(key);
        if (known == null) {
            known = List.copyOf(readSentence(sentence, locality));
            read.put(key, known);
        }
        return known;
    }

    private List<EntityMention> readSentence(Sentence sentence, Optional<String> locality) {
        List<EntityMention> candidates = new ArrayList<>();
        Context ctx = new Context(sentence, MatchText.normalize(sentence.text()), locality, lexicon, candidates);
        fixed.find(ctx);
        collectives.find(ctx);     // before agencies: a class wins over "UBND tỉnh" read on the same words
        facilities.find(ctx);      // before agencies: "Trung tâm dữ liệu quốc gia" is the national facility the tasks connect to
        agencies.find(ctx);
        places.find(ctx);
        works.find(ctx);
        persons.find(ctx);
        candidates.removeIf(m -> m.category() == EntityCategory.PLACE && m.label().equals(COUNTRY) && endsAName(ctx.text(), m.start()));
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
    /** One or two words, one of them capitalised and not opening the sentence, right before a position. */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(?<=\\S)\\s+(?:\\p{Lu}\\S*|\\p{Lu}\\S*\\s+(?!(?:tại|của|ở|với|và|giữa|cho|từ|đến|sang|về|trong|ngoài|thăm|là)\\s)"
                    + "[\\p{L}&-]+)\\s+$");

    /**
     * Whether the country's name at {@code start} ends a proper name rather than naming the country: a
     * capitalised word right before it, not the first of the sentence ("Tập đoàn ... Quốc gia Việt Nam",
     * "ngành Cơ yếu Việt Nam", "Ủy ban MTTQ Việt Nam", "Nhà giáo Việt Nam"), where "tại Việt Nam", "biên giới
     * Việt Nam - Trung Quốc", "Đại sứ quán Singapore tại Việt Nam" or "(Việt Nam)" name the country.
     */
    private static boolean endsAName(String text, int start) {
        Matcher m = NAME_BEFORE.matcher(text).region(Math.max(0, start - 80), start).useTransparentBounds(true);
        return m.find();
    }

    private static final Pattern YEAR_SUFFIX = Pattern.compile("\\s+năm \\d{4}$");

    /**
     * A mention inside a longer one is kept when it names a thing of its own: a place inside any other name
     * ("Ủy ban nhân dân tỉnh Cao Bằng"), a gate or project inside a programme or project name ("Quy
     * hoạch chung xây dựng khu vực cửa khẩu chính Chi Ma").
     */
    private static boolean mayNest(EntityMention outer, EntityMention inner) {
        if (inner.category() == EntityCategory.PLACE && inner.label().equals(COUNTRY) && outer.category() == EntityCategory.AGENCY) {
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
