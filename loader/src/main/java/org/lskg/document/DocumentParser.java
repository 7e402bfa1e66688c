package org.lskg.document;

import org.lskg.source.SourceException;
import org.lskg.source.SourceReader;
import org.lskg.source.SourceText;
import org.lskg.text.Abbreviations;
import org.lskg.text.DateMention;
import org.lskg.text.Hashes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document layer's facade: bytes of one source file in (any format {@link SourceReader} reads), a
 * {@link ParsedDocument} out. Stateless and thread-safe; a failure is a {@link DocumentException} with a
 * one-line reason.
 *
 * <pre>{@code
 * ParsedDocument doc = DocumentParser.create().parse(Path.of("documents/001.txt"));
 * }</pre>
 */
public final class DocumentParser {

    /** "thông qua ngày 08 tháng 12 năm 2023": the adoption date a resolution gives in its last lines. */
    private static final Pattern BODY_DATE = Pattern.compile("(?iu)(?:thông qua|ban hành|ký)\\s+(?:vào\\s+)?(?=ngày)");
    private static final Pattern ADOPTED = Pattern.compile("(?iu)thông qua\\s+(?:vào\\s+)?(?=ngày)");
    /** The issuer code of the National Assembly or its Standing Committee, with the term: "QH15", "NQ-UBTVQH15". */
    private static final Pattern ASSEMBLY_CODE = Pattern.compile("(?:^|[-/])(?:UBTV)?QH\\d*$");
    private static final Pattern TITLE_MONTH = Pattern.compile("(?iu)tháng\\s+(\\d{1,2})\\b");
    private static final Pattern TITLE_YEAR = Pattern.compile("(?iu)(?:năm\\s+|/)(\\d{4})\\b");

    private final SourceReader sources = SourceReader.create();
    /**
     * The most text one document may have: 20 million characters, some 60 times the longest real document
     * in the corpora (316,000 characters). Beyond it a file is a bundle or a dump, not a document, and reading it
     * would hold the build for minutes; it is refused with one line.
     */
    public static final int MAX_TEXT_CHARS = 20_000_000;
    /** The deepest numbering of a document's parts that lskg reads, see {@link #refuseDeepNumbering}. */
    public static final int MAX_NUMBERING_DEPTH = 10;
    /** The largest file read at all (a PDF carries images besides its text layer). */
    public static final long MAX_FILE_BYTES = 250_000_000L;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Abbreviations abbreviations;
    private final IssuerResolver issuers;

    private DocumentParser(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
        this.issuers = new IssuerResolver(abbreviations);
    }

    /** A parser with lskg's abbreviation table. */
    public static DocumentParser create() {
        return new DocumentParser(Abbreviations.standard());
    }

    public ParsedDocument parse(Path file) throws DocumentException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new DocumentException("the file has " + millions(size) + " MB, over lskg's limit of "
                        + millions(MAX_FILE_BYTES) + " MB for one document; split it");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException("cannot read the file: " + e.getMessage());
        }
        return parse(file.getFileName().toString(), bytes);
    }

    /**
     * Refuses a text numbered deeper than {@link #MAX_NUMBERING_DEPTH} levels ("1.1.1.1.1.1.1.1.1.1.1. ..."):
     * no document has that (NĐ 30/2020 divides a text into phần, chương, mục, điều, khoản, điểm; the deepest
     * numbering in the corpora has five levels, a procedure code), and outlining one costs time for nothing.
     */
    private static void refuseDeepNumbering(List<Line> lines) throws DocumentException {
        for (Line line : lines) {
            int depth = numberingDepth(line.text());
            if (depth > MAX_NUMBERING_DEPTH) {
                throw new DocumentException("line " + (line.index() + 1) + " is numbered " + depth
                        + " levels deep; lskg reads documents numbered up to " + MAX_NUMBERING_DEPTH + " levels");
            }
        }
    }

    /** How many dot-separated numbers open the line, after blanks and markdown marks: 3 for "1.2.3. Nội dung". */
    static int numberingDepth(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && " \t#*|>".indexOf(line.charAt(i)) >= 0) i++;
        int depth = 0;
        while (i < n && Character.isDigit(line.charAt(i))) {
            while (i < n && Character.isDigit(line.charAt(i))) i++;
            depth++;
            if (i < n && line.charAt(i) == '.') i++;
            else break;
        }
        return depth;
    }

    private static String millions(long n) {
        return String.format(java.util.Locale.ROOT, "%.1f", n / 1_000_000.0);
    }

    public ParsedDocument parse(String fileName, byte[] bytes) throws DocumentException {
        SourceText source;
        try {
            source = sources.read(fileName, bytes);
        } catch (SourceException e) {
            throw new DocumentException(e.getMessage());
        }
        if (source.text().length() > MAX_TEXT_CHARS) {
            throw new DocumentException("the text has " + millions(source.text().length()) + " million characters, over"
                    + " lskg's limit of " + millions(MAX_TEXT_CHARS) + " million for one document; split it");
        }
        TextNormalizer.Normalized normalized = normalizer.normalize(source.text());
        String text = normalized.text();
        List<Line> lines = Line.split(text);
        refuseDeepNumbering(lines);

        Header header = new HeaderParser(lines, abbreviations).parse();
        TailParser.Tail tail = new TailParser(lines, header.bodyStartLine()).parse();
        int bodyEnd = Math.max(header.bodyStartLine(), tail.firstLine());
        FootnoteParser.Result notes = new FootnoteParser(lines, header.bodyStartLine(), bodyEnd).parse();
        List<Attachments.Part> attached = Attachments.find(lines, bodyEnd);
        BodyReader bodyReader = new BodyReader(text, lines, new StructureParser(lines, normalized.headings()),
                notes.consumedLines());
        List<Section> sections = bodyReader.sections(header.bodyStartLine(), bodyEnd, attached);

        SentenceSplitter splitter = new SentenceSplitter(text, sections);
        List<Sentence> sentences = new ArrayList<>();
        sentences.addAll(layoutSentences(lines, 0, header.bodyStartLine(), header, Sentence.Part.HEADER, 0));
        if (header.titleStart() >= 0) {
            sentences.addAll(splitter.sentences(header.titleStart(), header.titleEnd(), Sentence.Part.TITLE, 0)
                    .stream().map(s -> new Sentence(sentences.size() + s.index(), s.start(), s.end(), s.text(),
                            Optional.empty(), s.part())).toList());
        }
        List<Sentence> body = bodyReader.sentences(splitter, header.bodyStartLine(), bodyEnd, attached, sentences.size());
        if (body.isEmpty()) {
            throw new DocumentException("no body text after the header");
        }
        sentences.addAll(body);
        for (Footnote f : notes.footnotes()) {
            sentences.addAll(splitter.sentences(f.start(), f.end(), Sentence.Part.FOOTNOTE, sentences.size()));
        }
        for (int[] r : BodyReader.tailRanges(bodyEnd, lines.size(), attached)) {
            sentences.addAll(layoutSentences(lines, r[0], r[1], header, Sentence.Part.TAIL, sentences.size()));
        }

        Optional<IssueDate> issued = issueDate(header, body);
        Optional<Issuer> issuer = issuers.resolve(header, tail.signature(), text);
        return new ParsedDocument(fileName, Hashes.sha256Hex(bytes), source.encoding(), text, header.type(), header.number(),
                header.symbol(), issued, header.place(), issuer, header.title(),
                MeetingReader.read(header.title(), body), tail.signature(), header.addressees(), tail.recipients(),
                sections, sentences, notes.footnotes());
    }

    /**
     * One sentence per line, or per cell of a two-column line, of a laid-out block (header, tail); the
     * title, already a sentence of its own, is left out.
     */
    private static List<Sentence> layoutSentences(List<Line> lines, int from, int to, Header header,
                                                  Sentence.Part part, int firstIndex) {
        List<Sentence> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            for (Line.Cell c : lines.get(i).cells()) {
                boolean inTitle = header.titleStart() >= 0 && c.start() < header.titleEnd() && c.end() > header.titleStart();
                if (inTitle || c.text().chars().noneMatch(Character::isLetterOrDigit)) continue;
                out.add(new Sentence(firstIndex + out.size(), c.start(), c.end(), c.text().replaceAll("\\s+", " "),
                        Optional.empty(), part));
            }
        }
        return out;
    }

    private static boolean adoptedByTheAssembly(Header header) {
        DocumentType t = header.type();
        return t == DocumentType.LUAT || t == DocumentType.BO_LUAT || t == DocumentType.PHAP_LENH
                || t == DocumentType.NGHI_QUYET && header.symbol().filter(s -> ASSEMBLY_CODE.matcher(s).find()).isPresent();
    }

    /** The last body sentence dated by {@code cue} ("thông qua ngày 08 tháng 12 năm 2023"). */
    private static Optional<IssueDate> bodyDate(List<Sentence> body, Pattern cue) {
        for (int i = body.size() - 1; i >= 0; i--) {
            String sentence = body.get(i).text();
            Matcher m = cue.matcher(sentence);
            if (m.find()) {
                Optional<DateMention> d = DateMention.first(sentence.substring(m.end()))
                        .filter(x -> x.start() == 0 && x.day().isPresent());
                if (d.isPresent()) return Optional.of(IssueDate.of(d.get(), IssueDate.Source.BODY));
            }
        }
        return Optional.empty();
    }

    /**
     * The header date; else an adoption date in the body; else the month a periodic report's title names.
     * An act of the National Assembly or of its Standing Committee (Luật, Bộ luật, Pháp lệnh, their Nghị
     * quyết) is dated by its adoption, "... thông qua ngày ...", as Luật Ban hành văn bản quy phạm pháp
     * luật dates it.
     */
    private static Optional<IssueDate> issueDate(Header header, List<Sentence> body) {
        if (adoptedByTheAssembly(header)) {
            Optional<IssueDate> adopted = bodyDate(body, ADOPTED);
            if (adopted.isPresent()) return adopted;
        }
        if (header.date().isPresent()) {
            DateMention d = header.date().get();
            return Optional.of(IssueDate.of(d, d.day().isPresent()
                    ? IssueDate.Source.HEADER : IssueDate.Source.HEADER_MONTH_ONLY));
        }
        Optional<IssueDate> inBody = bodyDate(body, BODY_DATE);
        if (inBody.isPresent()) return inBody;
        if (header.title().isPresent()) {
            String title = header.title().get();
            Matcher month = TITLE_MONTH.matcher(title);
            if (month.find()) {
                Matcher year = TITLE_YEAR.matcher(title);
                if (year.find(month.end())) {
                    int mo = Integer.parseInt(month.group(1));
                    if (mo >= 1 && mo <= 12) {
                        String iso = String.format("%s-%02d", year.group(1), mo);
                        return Optional.of(new IssueDate(iso, title.substring(month.start(), year.end()),
                                IssueDate.Source.TITLE));
                    }
                }
            }
        }
        return Optional.empty();
    }

}
