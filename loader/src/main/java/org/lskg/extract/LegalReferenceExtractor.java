package org.lskg.extract;

import org.lskg.document.DocumentType;
import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;
import org.lskg.text.Abbreviations;
import org.lskg.text.DateMention;
import org.lskg.text.Fold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the documents a document cites by số/ký hiệu ({@link LegalReference}). A citation reads, in the
 * order the language puts it: an optional type word ("Quyết định số", "các Tờ trình:"), the number
 * ({@link CitedNumber}), an optional date right after it ("ngày 11/10/2021", "ngày 23 tháng 8 năm 2021"),
 * an optional issuer ("của Chính phủ") and an optional subject ("về việc ...", "phê duyệt ...",
 * "ban hành ...", up to the end of the clause).
 *
 * <ul>
 *   <li>The type comes from the number's type code, else from the type word before it, else a number
 *       whose symbol opens with an issuer code is a công văn.</li>
 *   <li>The issuer named after "của" wins over the one the issuer code implies; bodies of every level
 *       ("UBND", "Tỉnh ủy") belong to the document's {@linkplain ParsedDocument#locality() locality}.</li>
 *   <li>Coordinated numbers ("các Tờ trình: số 108/... ngày ..., số 119/... ngày ... và số 121/...",
 *       "Quyết định số 2068/QĐ-UBND ngày ... và Quyết định số 136/QĐ-UBND ngày ... của UBND tỉnh") keep
 *       their own dates and share the issuer named after the last of them when their issuer codes agree.</li>
 *   <li>A document's citations of one number are one cited document (two, if dated in different years:
 *       numbers restart every year) and every fact about it carries all the details the document gives.</li>
 * </ul>
 * The document's own number is not a citation, nor is a number outside its sentences (header, recipients).
 * Numbers are found in the whole text, so a citation broken over a page ("10-⏎⏎NQ/TW") is still read; it
 * belongs to the sentence where it starts.
 */
public final class LegalReferenceExtractor implements Extractor {

    private static final int LOOK_BEHIND = 120;
    private static final int SUBJECT_MAX = 120;
    private static final Pattern DATE_LEAD = Pattern.compile("[\\s,(]*(ngày\\s*)");
    private static final Pattern OF = Pattern.compile("[\\s,]*của\\s+");
    private static final Pattern SUBJECT_LEAD = Pattern.compile("[\\s,]*(?:về việc\\s+|về\\s+|(?=phê duyệt\\s|ban hành\\s))");
    private static final Pattern SUBJECT_END = Pattern.compile("[;:()]|\\.(?=\\s|$)");
    private static final Map<String, DocumentType> TYPE_WORDS = Arrays.stream(DocumentType.values())
            .collect(Collectors.toMap(t -> Fold.key(t.label()), Function.identity()));
    private static final String TYPE_WORD = Arrays.stream(DocumentType.values()).map(DocumentType::label)
            .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));
    /** A type word, or "Văn bản", which refers to a document without naming its type. */
    private static final String DOCUMENT_WORD = TYPE_WORD + "|Văn bản";
    private static final Pattern DOCUMENT_WORDS = Pattern.compile("(?iu)(?<!\\p{L})(" + DOCUMENT_WORD + ")(?!\\p{L})");
    /** Between a type word and its number: "Quyết định số", "các Tờ trình:", "QĐ". */
    private static final Pattern RIGHT_BEFORE = Pattern.compile("(?iu)\\s*(?:số\\s*)?:?\\s*");
    /** A law or ordinance is cited by name before its number: "Luật Đất đai số 31/2024/QH15". */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?u)\\s+\\p{Lu}[^;:.()]{0,80}?\\s+số\\s*");
    private static final Set<DocumentType> CITED_BY_NAME = Set.of(DocumentType.LUAT, DocumentType.PHAP_LENH);
    /** What may stand between coordinated numbers: ", số", " và số", ", Quyết định số", " và QĐ". */
    private static final Pattern CONNECTOR = Pattern.compile("(?iu)[\\s,]*(?:(?:và|hoặc)\\s+)?"
            + "(?:(?:các\\s+)?(?:" + DOCUMENT_WORD + "|QĐ|NQ)\\s*:?\\s*)?(?:số\\s*:?\\s*)?");
    private static final Pattern SUBJECT_TAIL = Pattern.compile("(?iu)(?:[\\s,]+(?:và|hoặc))?[\\s,]*(?:(?:"
            + DOCUMENT_WORD + ")\\s*)?(?:số\\s*)?$");

    private final NumberSymbols symbols;
    private final BodyNames bodies;

    /** An extractor that reads issuer codes and body names with {@code abbreviations}. */
    public LegalReferenceExtractor(Abbreviations abbreviations) {
        Objects.requireNonNull(abbreviations, "abbreviations");
        this.symbols = NumberSymbols.standard(abbreviations);
        this.bodies = new BodyNames(abbreviations);
    }

    /** The extractor with lskg's abbreviation table. */
    public static LegalReferenceExtractor standard() {
        return new LegalReferenceExtractor(Abbreviations.standard());
    }

    @Override
    public void extract(ParsedDocument document, FactSink sink) {
        List<Citation> citations = citations(document);
        Map<Citation, CitedDocument> cited = citedDocuments(citations);
        Set<SentenceCitation> sent = new HashSet<>();
        for (Citation c : citations) {
            CitedDocument d = cited.get(c);
            if (sent.add(new SentenceCitation(c.sentence().index(), d))) {
                sink.accept(new LegalReference(c.sentence(), d.number(), d.type(), d.issued(), d.issuer(), d.subject()));
            }
        }
    }

    /** One fact per cited document per sentence. */
    private record SentenceCitation(int sentence, CitedDocument document) {}

    // ---- One citation: a number and what its sentence says about it

    /** What one occurrence of a number says; {@code namedIssuer} is read from the text, {@code codeIssuer} implied. */
    private record Citation(CitedNumber number, Sentence sentence, Optional<DocumentType> type, Optional<String> date,
                            Optional<String> namedIssuer, Optional<Abbreviations.Entry> code,
                            Optional<String> codeIssuer, Optional<String> subject) {

        Optional<String> year() {
            return date.map(d -> d.substring(0, 4)).or(number::year);
        }

        Citation issuedBy(Optional<String> name) {
            return new Citation(number, sentence, type, date, name, code, codeIssuer, subject);
        }
    }

    /** The words right after a number: its date, issuer and subject, and where its date ends. */
    private record Tail(Optional<String> date, int dateEnd, Optional<String> issuer, Optional<String> subject) {}

    private List<Citation> citations(ParsedDocument doc) {
        String text = doc.text();
        Optional<String> own = doc.number().map(Fold::slug);
        Optional<String> locality = doc.locality();
        List<CitedNumber> numbers = CitedNumber.findAll(text).stream()
                .filter(n -> doc.sentenceAt(n.start()).isPresent())
                .filter(n -> !own.equals(Optional.of(Fold.slug(n.number()))))
                .toList();
        List<Citation> out = new ArrayList<>();
        int groupStart = 0;
        Tail previous = null;
        for (int i = 0; i < numbers.size(); i++) {
            CitedNumber n = numbers.get(i);
            Sentence sentence = doc.sentenceAt(n.start()).orElseThrow();
            int limit = Math.min(i + 1 < numbers.size() ? numbers.get(i + 1).start() : text.length(),
                    doc.sentenceAt(n.end() - 1).map(Sentence::end).orElse(n.end()));
            Tail tail = tail(text, n.end(), limit, locality);
            if (previous == null || !coordinated(text, previous, n)) {
                shareIssuer(out, groupStart);
                groupStart = out.size();
            }
            Optional<String> word = wordBefore(text, Math.max(sentence.start(), n.start() - LOOK_BEHIND), n.start());
            Optional<DocumentType> named = word.map(w -> TYPE_WORDS.get(Fold.key(w)));
            if (word.isEmpty() && groupStart < out.size()) named = out.get(groupStart).type();  // ", số 119/..."
            NumberSymbols.Reading reading = symbols.read(n, named);
            out.add(new Citation(n, sentence, reading.type(), tail.date(), tail.issuer(), reading.issuer(),
                    reading.issuer().map(e -> bodies.ofCode(e, locality)), tail.subject()));
            previous = tail;
        }
        shareIssuer(out, groupStart);
        return out;
    }

    /** The next number continues a coordination when only connectors stand after the previous one's date. */
    private static boolean coordinated(String text, Tail previous, CitedNumber next) {
        return previous.issuer().isEmpty() && previous.subject().isEmpty()
                && previous.dateEnd() <= next.start()
                && CONNECTOR.matcher(text.substring(previous.dateEnd(), next.start())).matches();
    }

    /** The issuer named after the last number of a coordination names the others that share its code. */
    private static void shareIssuer(List<Citation> citations, int groupStart) {
        if (citations.size() - groupStart < 2) return;
        Citation last = citations.get(citations.size() - 1);
        if (last.namedIssuer().isEmpty()) return;
        for (int i = groupStart; i < citations.size() - 1; i++) {
            Citation c = citations.get(i);
            if (c.namedIssuer().isEmpty() && (c.code().isEmpty() || c.code().equals(last.code()))) {
                citations.set(i, c.issuedBy(last.namedIssuer()));
            }
        }
    }

    private Tail tail(String text, int from, int limit, Optional<String> locality) {
        int at = from;
        Optional<String> date = Optional.empty();
        Matcher lead = DATE_LEAD.matcher(text).region(at, limit);
        if (lead.lookingAt()) {
            String window = text.substring(lead.start(1), Math.min(limit, lead.start(1) + 40));
            Optional<DateMention> d = DateMention.first(window)
                    .filter(x -> x.start() == 0 || x.start() == lead.end(1) - lead.start(1));
            if (d.isPresent()) {
                date = Optional.of(d.get().iso());
                at = lead.start(1) + d.get().end();
            }
        }
        int dateEnd = at;
        Optional<String> issuer = Optional.empty();
        Matcher of = OF.matcher(text).region(at, limit);
        if (of.lookingAt()) {
            Optional<BodyNames.Phrase> body = bodies.read(text, of.end(), limit, locality);
            if (body.isPresent()) {
                issuer = Optional.of(body.get().name());
                at = body.get().end();
            }
        }
        Optional<String> subject = Optional.empty();
        Matcher about = SUBJECT_LEAD.matcher(text).region(at, limit);
        if (about.lookingAt()) {
            subject = subject(text.substring(about.end(), limit));
        }
        return new Tail(date, dateEnd, issuer, subject);
    }

    /**
     * The clause after "về việc", "phê duyệt" ...: white space collapsed, and kept short: a longer one is
     * cut at its last comma (else word) before 120 characters.
     */
    private static Optional<String> subject(String rest) {
        Matcher end = SUBJECT_END.matcher(rest);
        String s = (end.find() ? rest.substring(0, end.start()) : rest).replaceAll("[“”\"]", "").replaceAll("\\s+", " ");
        s = SUBJECT_TAIL.matcher(s).replaceFirst("").strip();
        if (s.length() > SUBJECT_MAX) {
            int comma = s.lastIndexOf(", ", SUBJECT_MAX);
            int cut = comma > 0 ? comma : s.lastIndexOf(' ', SUBJECT_MAX);
            s = s.substring(0, cut).replaceFirst("[\\s,]+$", "");
        }
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /**
     * The document word nearest before a number, if it names that number: right before it ("Quyết định
     * số", "Văn bản số"), or, for a law or ordinance, before its name ("Luật Đất đai số").
     */
    private static Optional<String> wordBefore(String text, int from, int to) {
        String window = text.substring(from, to);
        Matcher m = DOCUMENT_WORDS.matcher(window);
        String word = null;
        int end = 0;
        while (m.find()) {
            word = m.group(1);
            end = m.end();
        }
        if (word == null) return Optional.empty();
        String between = window.substring(end);
        boolean names = RIGHT_BEFORE.matcher(between).matches()
                || isCitedByName(word) && NAME_BEFORE.matcher(between).matches();
        return names ? Optional.of(word) : Optional.empty();
    }

    /** A law or ordinance is cited by its name before its number; a word that is no type name never is. */
    private static boolean isCitedByName(String word) {
        DocumentType type = TYPE_WORDS.get(Fold.key(word));
        return type != null && CITED_BY_NAME.contains(type);
    }

    // ---- One cited document: the citations of one number

    private record CitedDocument(String number, Optional<DocumentType> type, Optional<String> issued,
                                 Optional<String> issuer, Optional<String> subject) {}

    /**
     * Groups the citations of each number into cited documents, in document order: a dated citation joins
     * the document of its year (or one not dated yet), an undated one the first document of its number.
     * Each detail is the first one given, an issuer named in the text before one implied by a code.
     */
    private static Map<Citation, CitedDocument> citedDocuments(List<Citation> citations) {
        Map<String, List<List<Citation>>> byNumber = new LinkedHashMap<>();
        for (Citation c : citations) {
            List<List<Citation>> groups = byNumber.computeIfAbsent(Fold.slug(c.number().number()), k -> new ArrayList<>());
            List<Citation> home = groups.stream()
                    .filter(g -> c.year().isEmpty() || year(g).isEmpty() || year(g).equals(c.year()))
                    .findFirst().orElse(null);
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(c);
        }
        Map<Citation, CitedDocument> out = new LinkedHashMap<>();
        for (List<List<Citation>> groups : byNumber.values()) {
            for (List<Citation> g : groups) {
                CitedDocument d = new CitedDocument(g.get(0).number().number(),
                        first(g, Citation::type), first(g, Citation::date),
                        first(g, Citation::namedIssuer).or(() -> first(g, Citation::codeIssuer)),
                        first(g, Citation::subject));
                g.forEach(c -> out.put(c, d));
            }
        }
        return out;
    }

    private static Optional<String> year(List<Citation> group) {
        return first(group, Citation::year);
    }

    private static <T> Optional<T> first(List<Citation> group, Function<Citation, Optional<T>> detail) {
        return group.stream().map(detail).flatMap(Optional::stream).findFirst();
    }
}
