package org.lskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.lskg.document.DocumentType;
import org.lskg.document.Footnote;
import org.lskg.document.IssueDate;
import org.lskg.document.Meeting;
import org.lskg.document.ParsedDocument;
import org.lskg.document.Section;
import org.lskg.document.Sentence;
import org.lskg.document.Signature;

import org.lskg.extract.Fact;
import org.lskg.extract.FactBudget;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a {@link ParsedDocument} to RDF: the document with its metadata, its text as a NIF context, its
 * sections, sentences (with offsets) and footnotes, the meeting it concludes, its signature and
 * recipients. The graph is self-contained: the labels of the document type, issuer and persons it
 * refers to travel with it, so one document's graph can be exported alone. No blank nodes: every node
 * has an IRI from {@link Iris}, which makes the output deterministic.
 */
public final class DocumentMapper {

    private final Map<Class<?>, FactMapper<?>> mappers;
    private final long maxTriples;

    /**
     * A mapper that writes facts with the given fact mappers (one per fact kind), into graphs of at most
     * {@link DocumentGraph#MAX_TRIPLES} triples.
     */
    public DocumentMapper(List<FactMapper<?>> factMappers) {
        Map<Class<?>, FactMapper<?>> byType = new HashMap<>();
        for (FactMapper<?> fm : factMappers) {
            if (byType.put(fm.factType(), fm) != null) {
                throw new IllegalArgumentException("two mappers for " + fm.factType().getSimpleName());
            }
        }
        this.mappers = Map.copyOf(byType);
        this.maxTriples = DocumentGraph.MAX_TRIPLES;
    }

    private DocumentMapper(Map<Class<?>, FactMapper<?>> mappers, long maxTriples) {
        this.mappers = mappers;
        this.maxTriples = maxTriples;
    }

    /** This mapper, with graphs of at most {@code n} triples instead of {@link DocumentGraph#MAX_TRIPLES} (tests, tools). */
    public DocumentMapper withMaxTriples(long n) {
        if (n < 1) throw new IllegalArgumentException("maxTriples must be at least 1: " + n);
        return new DocumentMapper(mappers, n);
    }

    /** The most triples a graph of this mapper may have; mapping more throws {@link FactBudget.Exceeded}. */
    public long maxTriples() {
        return maxTriples;
    }

    /**
     * The triples the document alone makes at the least, before it is mapped: nine for each sentence (its own
     * eight and the document's link to it; sentence IRIs are unique to their place). Sections, footnotes and the
     * header add more.
     */
    public long leastTriples(ParsedDocument doc) {
        return (long) SENTENCE_TRIPLES * doc.sentences().size();
    }

    private static final int SENTENCE_TRIPLES = 9;

    /** The triples {@code fact} adds at the least, whatever else the graph holds ({@link FactMapper#leastTriples}). */
    public int leastTriples(Fact fact) {
        return mapperOf(fact).leastTriples(fact);
    }

    /**
     * What the extractors may find in {@code doc} before its graph passes {@link #maxTriples}, counted with
     * {@link #leastTriples}: a run stopped by it is of a document this mapper would refuse.
     */
    public FactBudget budget(ParsedDocument doc) {
        return new FactBudget(this::leastTriples, maxTriples, leastTriples(doc));
    }

    /** The document alone, without extracted facts. */
    public DocumentGraph map(ParsedDocument doc) {
        return map(doc, List.of());
    }

    /** The document and the facts extracted from it. */
    public DocumentGraph map(ParsedDocument doc, List<Fact> facts) {
        Mapping mapping = begin(doc);
        mapping.add(facts);
        return mapping.graph();
    }

    /**
     * A document's graph mapped a run of facts at a time: the document alone at first, then each run of facts
     * {@link Mapping#add added} in turn. Adding all the facts of {@link #map(ParsedDocument, List)} in the same
     * order gives the same graph, triple for triple and in the same order. Used by one thread at a time; a
     * huge document's entity mentions are mapped while the other extractors still read it.
     */
    public final class Mapping {
        private final Model model;
        private final ParsedDocument doc;
        private final MappingContext context;

        private Mapping(Model model, ParsedDocument doc, MappingContext context) {
            this.model = model;
            this.doc = doc;
            this.context = context;
        }

        /**
         * Maps {@code facts}, in order, after those added before.
         *
         * @throws FactBudget.Exceeded as soon as the graph has more than {@link #maxTriples()} triples; the mapping
         *         is then to be dropped
         */
        public void add(List<? extends Fact> facts) {
            Graph g = model.getGraph();
            for (Fact f : facts) {
                mapFact(f, context);
                if (g.size() > maxTriples) {
                    throw new FactBudget.Exceeded(g.size(), maxTriples, f.sentence().index() + 1, doc.sentences().size());
                }
            }
        }

        /** The triples mapped so far. */
        public int size() {
            return model.getGraph().size();
        }

        /** The graph so far: the document and the facts added; it changes if more are added. */
        public DocumentGraph graph() {
            return new DocumentGraph(NodeFactory.createURI(Iris.graph(doc)), model.getGraph(), doc.fileName());
        }
    }

    /**
     * The mapping of {@code doc} alone, to which facts are then added.
     *
     * @throws FactBudget.Exceeded if the document alone would pass {@link #maxTriples()} ({@link #leastTriples(ParsedDocument)}),
     *         before anything is mapped
     */
    public Mapping begin(ParsedDocument doc) {
        budget(doc).checkStart(doc.sentences().size());
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.STANDARD);
        String docIri = Iris.document(doc);
        Resource d = m.createResource(docIri, LSKG.Document);

        d.addProperty(LSKG.documentType, documentType(m, doc.type()));
        doc.number().ifPresent(n -> d.addProperty(LSKG.documentNumber, n));
        doc.issued().ifPresent(i -> {
            d.addLiteral(LSKG.DCT_issued, dateLiteral(m, i.iso()));
            d.addProperty(LSKG.issueDateText, i.text());
            d.addProperty(LSKG.issueDateSource, dateSource(i.source()));
        });
        doc.place().ifPresent(p -> d.addProperty(LSKG.issuePlace, p));
        doc.issuer().ifPresent(i -> {
            d.addProperty(LSKG.issuer, body(m, i.name()));
            d.addProperty(LSKG.issuerText, i.name());
        });
        doc.title().ifPresent(t -> d.addProperty(LSKG.DCT_title, t, "vi"));
        d.addProperty(LSKG.sourceFile, doc.fileName());
        d.addProperty(LSKG.sourceSha256, doc.sha256());
        d.addProperty(LSKG.sourceEncoding, doc.encoding());
        // Written once here so that a listing of documents reads one triple per document instead of counting
        // every lskg:hasSentence of the store (documents.rq); equal to the number of hasSentence triples below. An
        // xsd:integer, as COUNT gives: the query's rows stay what they were.
        d.addLiteral(LSKG.sentenceCount,
                m.createTypedLiteral(Integer.toString(doc.sentences().size()), XSDDatatype.XSDinteger));

        Resource context = m.createResource(docIri + "/text", LSKG.NIF_Context)
                .addProperty(LSKG.NIF_isString, doc.text())
                .addLiteral(LSKG.NIF_beginIndex, offset(m, 0))
                .addLiteral(LSKG.NIF_endIndex, offset(m, doc.text().length()))
                .addProperty(LSKG.inDocument, d);

        doc.meeting().ifPresent(mt -> d.addProperty(LSKG.concludes, meeting(m, docIri, mt)));
        doc.signature().ifPresent(s -> d.addProperty(LSKG.hasSignature, signature(m, docIri, s)));
        int n = 0;
        for (String a : doc.addressees()) {
            d.addProperty(LSKG.hasRecipient, recipient(m, docIri, ++n, a, LSKG.RECIPIENT_ADDRESSED));
        }
        for (String r : doc.recipients()) {
            d.addProperty(LSKG.hasRecipient, recipient(m, docIri, ++n, r, LSKG.RECIPIENT_COPY));
        }

        Map<String, Resource> sections = new HashMap<>();
        for (Section s : doc.sections()) {
            Resource r = m.createResource(Iris.section(docIri, s.id()), LSKG.Section)
                    .addProperty(LSKG.marker, s.marker())
                    .addLiteral(LSKG.level, m.createTypedLiteral(s.level()))
                    .addLiteral(LSKG.order, m.createTypedLiteral(s.order() + 1))
                    .addLiteral(LSKG.NIF_beginIndex, offset(m, s.start()))
                    .addLiteral(LSKG.NIF_endIndex, offset(m, s.end()))
                    .addProperty(LSKG.inDocument, d);
            s.heading().ifPresent(h -> r.addProperty(LSKG.heading, h));
            r.addProperty(LSKG.DCT_isPartOf, s.parentId().map(sections::get).orElse(d));
            d.addProperty(LSKG.hasSection, r);
            sections.put(s.id(), r);
        }
        for (Sentence s : doc.sentences()) {
            Resource r = m.createResource(sentenceIri(docIri, s.index()), LSKG.Sentence)
                    .addProperty(LSKG.NIF_anchorOf, doc.text().substring(s.start(), s.end()))
                    .addProperty(LSKG.text, s.text())
                    .addLiteral(LSKG.NIF_beginIndex, offset(m, s.start()))
                    .addLiteral(LSKG.NIF_endIndex, offset(m, s.end()))
                    .addLiteral(LSKG.order, m.createTypedLiteral(s.index() + 1))
                    .addProperty(LSKG.NIF_referenceContext, context)
                    .addProperty(LSKG.inDocument, d);
            s.sectionId().map(sections::get).ifPresent(sec -> r.addProperty(LSKG.inSection, sec));
            d.addProperty(LSKG.hasSentence, r);
        }
        for (Footnote f : doc.footnotes()) {
            Resource r = m.createResource(docIri + "/fn" + f.number(), LSKG.Footnote)
                    .addProperty(LSKG.marker, f.number())
                    .addProperty(LSKG.text, f.text())
                    .addLiteral(LSKG.NIF_beginIndex, offset(m, f.start()))
                    .addLiteral(LSKG.NIF_endIndex, offset(m, f.end()))
                    .addProperty(LSKG.inDocument, d);
            f.markerOffset().flatMap(doc::sentenceAt)
                    .ifPresent(s -> r.addProperty(LSKG.refersToSentence, m.createResource(sentenceIri(docIri, s.index()))));
            d.addProperty(LSKG.hasFootnote, r);
        }
        return new Mapping(m, doc, new MappingContext(m, doc, docIri));
    }

    /**
     * The nodes {@code fact} writes statements about, when mapped alone into an empty graph: what a shape
     * violation's focus node is compared with to find the fact that caused it.
     */
    public Set<Node> subjectsOf(ParsedDocument doc, Fact fact) {
        Model m = ModelFactory.createDefaultModel();
        mapFact(fact, new MappingContext(m, doc, Iris.document(doc)));
        Set<Node> subjects = new HashSet<>();
        m.getGraph().find().forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects;
    }

    private <F extends Fact> void mapFact(F fact, MappingContext context) {
        mapperOf(fact).map(fact, context);
    }

    private <F extends Fact> FactMapper<F> mapperOf(F fact) {
        @SuppressWarnings("unchecked")
        FactMapper<F> fm = (FactMapper<F>) mappers.get(fact.getClass());
        if (fm == null) {
            throw new IllegalStateException("no mapper for " + fact.getClass().getSimpleName());
        }
        return fm;
    }

    /**
     * The IRI of the sentence with (0-based) {@link Sentence#index() index} {@code index}; IRIs and
     * {@code lskg:order} count from 1, as a reader does. Later stages point their facts at it.
     */
    public static String sentenceIri(String documentIri, int index) {
        return documentIri + "/s" + (index + 1);
    }

    /** The type's concept with its labels and code, so that the graph can be read alone. */
    static Resource documentType(Model m, DocumentType type) {
        Resource t = m.createResource(Iris.documentType(type), LSKG.DocumentType)
                .addProperty(LSKG.SKOS_prefLabel, type.label(), "vi")
                .addProperty(LSKG.SKOS_prefLabel, type.englishLabel(), "en");
        type.code().ifPresent(c -> t.addProperty(LSKG.SKOS_notation, c));
        return t;
    }

    /** A "Kính gửi" addressee or a "Nơi nhận" line, numbered in reading order. */
    private static Resource recipient(Model m, String docIri, int n, String line, Resource role) {
        return m.createResource(docIri + "/recipient/" + n, LSKG.Recipient)
                .addProperty(LSKG.text, line)
                .addProperty(LSKG.recipientRole, role)
                .addLiteral(LSKG.order, m.createTypedLiteral(n));
    }

    /** A body by its full name, with the name as its label (one prefLabel however it is spelt: {@link EntityLabels}). */
    static Resource body(Model m, String name) {
        Resource b = m.createResource(Iris.body(name), LSKG.Body);
        EntityLabels.label(m, b, name);
        return b;
    }

    private static Resource person(Model m, String name) {
        Resource p = m.createResource(Iris.person(name), LSKG.Person);
        EntityLabels.personName(m, p, name);
        return p;
    }

    private static Resource meeting(Model m, String docIri, Meeting mt) {
        Resource r = m.createResource(docIri + "/meeting", LSKG.Meeting)
                .addProperty(LSKG.SKOS_prefLabel, mt.name(), "vi");
        mt.date().ifPresent(x -> r.addLiteral(LSKG.meetingDate, dateLiteral(m, x)));
        mt.place().ifPresent(x -> r.addProperty(LSKG.meetingPlace, x));
        mt.chair().ifPresent(x -> r.addProperty(LSKG.chair, person(m, x)));
        String chairText = String.join(", ", mt.chair().stream().toList())
                + mt.chairPost().map(p -> mt.chair().isPresent() ? ", " + p : p).orElse("");
        if (!chairText.isEmpty()) r.addProperty(LSKG.chairText, chairText);
        return r;
    }

    private static Resource signature(Model m, String docIri, Signature s) {
        Resource r = m.createResource(docIri + "/signature", LSKG.Signature);
        for (Signature.Authority a : s.authorities()) {
            r.addProperty(LSKG.signingAuthority, m.createResource(Iris.authority(a.prefix())));
            r.addProperty(LSKG.authorityLine, a.toString());
        }
        s.position().ifPresent(p -> r.addProperty(LSKG.signerPosition, p));
        s.signer().ifPresent(n -> {
            r.addProperty(LSKG.signer, person(m, n));
            r.addProperty(LSKG.signerName, n);
        });
        return r;
    }

    private static Resource dateSource(IssueDate.Source source) {
        return switch (source) {
            case HEADER -> LSKG.DateFromHeader;
            case HEADER_MONTH_ONLY -> LSKG.DateFromHeaderMonthOnly;
            case BODY -> LSKG.DateFromBody;
            case TITLE -> LSKG.DateFromTitle;
        };
    }

    /** "2021-11-28" as xsd:date, "2024-01" as xsd:gYearMonth. */
    static Literal dateLiteral(Model m, String iso) {
        return iso.length() == 10
                ? m.createTypedLiteral(iso, XSDDatatype.XSDdate)
                : m.createTypedLiteral(iso, XSDDatatype.XSDgYearMonth);
    }

    /** A character offset as NIF writes it: xsd:nonNegativeInteger. */
    static Literal offset(Model m, int value) {
        return m.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
