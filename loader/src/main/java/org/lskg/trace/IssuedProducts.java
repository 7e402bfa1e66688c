package org.lskg.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lskg.text.DataFile;
import org.lskg.text.Fold;
import org.lskg.trace.CorpusSnapshot.CitedDocument;
import org.lskg.trace.CorpusSnapshot.Doc;

/**
 * Commitments to produce a document and the later documents that are that product. A commitment asks for a
 * product when a production verb stands before a document type ("Hoàn thành dự thảo Quyết định về nhiệm vụ,
 * giải pháp ... năm 2024", "xây dựng Kế hoạch ...", "trình UBND tỉnh ... ban hành" after a lead-in naming the
 * draft); the words after the type are its subject. A later document is the product when it
 * <ul>
 *   <li>has that type: the type code of its number ("136/QĐ-UBND" → QĐ) or, for a loaded document, its type;</li>
 *   <li>was issued after the day the commitment was stated (from its first possible day);</li>
 *   <li>comes from the expected issuer: the body that issued the commitment's document, which is the body a
 *       province's or ministry's draft is made for ("dự thảo Quyết định của UBND tỉnh");</li>
 *   <li>is on the same subject: its title, or the clause citing it ("... dự toán ngân sách nhà nước năm 2024 tại
 *       Quyết định số 136/QĐ-UBND ngày 19/01/2024", "Quyết định số N ngày ... về <subject>"), holds at least
 *       {@link #MIN_COVERAGE} of the subject's content syllables, and every year the subject names: two plans
 *       of different years are two products.</li>
 * </ul>
 * Types, verbs and the words to skip come from {@code org/lskg/data/product-types.tsv}. Immutable.
 */
final class IssuedProducts {
    /** Share of the subject's content syllables the product's title or citing clause must hold. */
    static final double MIN_COVERAGE = 0.5;
    /** The subject is read over at most this many syllables after the type. */
    private static final int SUBJECT_SYLLABLES = 30;
    private static final String RESOURCE = "/org/lskg/data/product-types.tsv";
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern CODE = Pattern.compile("^\\d+(?:/\\d{4})?/([^-/\\s]+)-|^\\d+-([^-/\\s]+)/");
    private static final Pattern PARTS = Pattern.compile("[:;]");

    /** A document type a task may ask for: its folded name, number code and label, and the label folded. */
    record Type(String words, String code, String label, String foldedLabel) {
        Type(String words, String code, String label) {
            this(words, code, label, Fold.ascii(label));
        }
    }

    /**
     * A loaded document as {@link #asLoaded} reads it: its type folded and its issuer's slug, made once per
     * document rather than for every commitment that asks for a product and every document it may be.
     */
    record Loaded(Doc doc, Optional<String> foldedType, Optional<String> issuerSlug) {
        static Loaded of(Doc d) {
            return new Loaded(d, d.type().map(Fold::ascii), d.issuer().map(Fold::slug));
        }
    }

    /** What a commitment asks to produce: the type, the subject as folded, its content syllables and years. */
    record Request(Type type, String subject, Set<String> content, Set<String> years) {}

    private final List<Type> types = new ArrayList<>();
    private final List<String> verbs = new ArrayList<>();
    private final List<String> leads = new ArrayList<>();
    private final Set<String> stop = new HashSet<>();
    private final List<String> issuing = new ArrayList<>();
    private final Pattern request;
    private final Pattern issue;

    private IssuedProducts() {
        for (DataFile.Row row : DataFile.rows(RESOURCE)) {
            switch (row.get(0)) {
                case "type" -> {
                    String[] v = row.require(3, "type <TAB> words <TAB> code|label").get(2).split("\\|");
                    types.add(new Type(row.get(1), v[0], v[1]));
                }
                case "verb" -> verbs.add(row.get(1));
                case "lead" -> leads.add(row.get(1));
                case "issue" -> issuing.add(Pattern.quote(row.get(1)));
                case "stop" -> stop.addAll(Arrays.asList(row.get(1).split(" ")));
                default -> throw new IllegalStateException(RESOURCE + ":" + row.line() + ": unknown kind " + row.get(0));
            }
        }
        leads.sort((a, b) -> b.length() - a.length());
        String verb = verbs.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String type = types.stream().map(t -> Pattern.quote(t.words())).collect(Collectors.joining("|"));
        issue = Pattern.compile("\\b(?:" + String.join("|", issuing) + ")\\b");
        request = Pattern.compile("\\b(?<!chuong )(?:" + verb + ")(?: (?:" + verb + "))*(?: \\w+){0,2}? (" + type + ")\\b(.*)");
    }

    private static final IssuedProducts STANDARD = new IssuedProducts();

    static IssuedProducts standard() {
        return STANDARD;
    }

    /** What {@code text} asks to produce, if a production verb stands before a document type in one of its parts. */
    Optional<Request> request(String text) {
        for (String part : PARTS.split(text)) {
            String folded = Fold.ascii(part);
            if (!namesType(folded)) {
                continue; // every match holds a type's words: most parts name none, and need no pattern
            }
            Matcher m = request.matcher(folded);
            if (m.find()) {
                Type type = types.stream().filter(t -> t.words().equals(m.group(1))).findFirst().orElseThrow();
                String subject = m.group(2).strip();
                for (String lead : leads) {
                    if (subject.startsWith(lead + " ")) {
                        subject = subject.substring(lead.length() + 1);
                        break;
                    }
                }
                String[] syllables = subject.split(" ");
                subject = String.join(" ", Arrays.copyOf(syllables, Math.min(SUBJECT_SYLLABLES, syllables.length)));
                Set<String> content = Arrays.stream(subject.split(" "))
                        .filter(s -> !s.isEmpty() && !stop.contains(s) && !YEAR.matcher(s).matches())
                        .collect(Collectors.toUnmodifiableSet());
                if (content.size() >= 3) {
                    return Optional.of(new Request(type, subject, content, years(subject)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@link #request} of {@code text}, given {@code within}, the folding of a text that holds it (the text and its
     * heading): a part that asks for a product names a type, and so does the folding of any text that holds the
     * part, so a text whose {@code within} names no type asks for none and is not split and folded again.
     */
    Optional<Request> request(String text, String within) {
        return namesType(within) ? request(text) : Optional.empty();
    }

    /** {@link #issues} of {@code text}, given {@code within}, the folding of a text that holds it. */
    boolean issues(String text, String within) {
        return issue.matcher(within).find() && issues(text);
    }

    /** Whether {@code folded} holds the words of one of the types. */
    private boolean namesType(String folded) {
        for (Type t : types) {
            if (folded.contains(t.words())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text} asks for a document to be issued without naming it ("trình UBND tỉnh ... xem xét, ban hành"):
     * the product is then the one its lead-in names ("Đối với dự thảo Quyết định ...").
     */
    boolean issues(String text) {
        return issue.matcher(Fold.ascii(text)).find();
    }

    /** The type code of a document number: "136/QĐ-UBND" → QĐ, "95-NQ/TU" → NQ. */
    static Optional<String> code(String number) {
        Matcher m = CODE.matcher(number.strip());
        return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /**
     * The share of the request's content syllables that {@code context} holds, or 0 when the context misses a
     * year the subject names.
     */
    static double coverage(Request r, String context) {
        String folded = Fold.ascii(context);
        if (!years(folded).containsAll(r.years())) {
            return 0;
        }
        Set<String> words = Set.copyOf(Arrays.asList(folded.split(" ")));
        return r.content().stream().filter(words::contains).count() / (double) r.content().size();
    }

    /**
     * The best coverage by which cited document {@code d}, cited in {@code clause}, is the product asked for
     * on {@code stated} by {@code issuerSlug}'s document, or 0 when its type, date or issuer rule it out.
     */
    static double asCited(Request r, CitedDocument d, String clause, LocalDate stated, Optional<String> issuerSlug) {
        if (!code(d.number()).map(c -> c.equalsIgnoreCase(r.type().code())).orElse(false)
                || d.issued().stream().noneMatch(day -> day.isAfter(stated))
                || !sameIssuer(d.iri(), issuerSlug)) {
            return 0;
        }
        double best = coverage(r, clause);
        for (String title : d.titles()) {
            best = Math.max(best, coverage(r, title));
        }
        return best;
    }

    /** As {@link #asCited}, for a loaded document by its own type, date, issuer and title. */
    static double asLoaded(Request r, Loaded loaded, LocalDate stated, Optional<String> issuerSlug) {
        Doc d = loaded.doc();
        if (!loaded.foldedType().map(r.type().foldedLabel()::equals).orElse(false)
                || !d.issued().first().isAfter(stated) || d.title().isEmpty()
                || !loaded.issuerSlug().map(i -> issuerSlug.map(i::equals).orElse(true)).orElse(true)) {
            return 0;
        }
        return coverage(r, d.title().get());
    }

    /** The cited document's IRI names the expected issuer ("/doc/uy-ban-nhan-dan-tinh-lang-son/2024/..."). */
    private static boolean sameIssuer(String iri, Optional<String> issuerSlug) {
        return issuerSlug.map(s -> iri.contains("/doc/" + s + "/") || iri.contains("/doc/unknown-issuer/")).orElse(true);
    }

    private static Set<String> years(String folded) {
        Set<String> out = new HashSet<>();
        Matcher m = YEAR.matcher(folded);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
