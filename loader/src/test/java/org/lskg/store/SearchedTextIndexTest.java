package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.BytesRef;
import org.lskg.rdf.LSKG;
import org.junit.jupiter.api.Test;

/**
 * The text index's searcher: one kept open between queries, refreshed by commits, every hit without a limit,
 * and the same hits as jena-text's own query code.
 */
class SearchedTextIndexTest {

    /** Sentences of the seeds (001_df7bcefca2f647a1.txt, 002_7fc097a99f4f5691.txt, 000_3758fa920d041f6d.txt). */
    private static final List<String> SENTENCES = List.of(
            "Khẩn trương hoàn thành lập Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
            "Cửa khẩu quốc tế Hữu Nghị, Ga đường sắt quốc tế Đồng Đăng, cửa khẩu chính Chi Ma",
            "Tập trung hoàn thiện, trình Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Lạng Sơn");

    private static final List<Resource> TEXT = List.of(ResourceFactory.createProperty(LSKG.text.getURI()));

    /** Counts the index's commit points read: each new reader reads the latest {@code segments_N} once. */
    private static final class CountingDirectory extends FilterDirectory {
        final AtomicInteger commitReads = new AtomicInteger();

        CountingDirectory(Directory in) {
            super(in);
        }

        @Override
        public IndexInput openInput(String name, IOContext context) throws IOException {
            if (name.startsWith("segments")) commitReads.incrementAndGet();
            return super.openInput(name, context);
        }
    }

    private static void add(TextIndex index, String graph, String subject, String text) {
        Quad quad = Quad.create(NodeFactory.createURI(graph), NodeFactory.createURI(subject), LSKG.text.asNode(),
                NodeFactory.createLiteralString(text));
        Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), quad);
        index.addEntity(entity);
    }

    private static List<String> subjects(List<TextHit> hits) {
        return hits.stream().map(h -> h.getNode().getURI()).sorted().toList();
    }

    @Test
    void queriesShareOneReaderUntilACommit() throws Exception {
        CountingDirectory dir = new CountingDirectory(new ByteBuffersDirectory());
        SearchedTextIndex index = new SearchedTextIndex(dir, StoreTextIndex.config());
        try {
            for (int i = 0; i < SENTENCES.size(); i++) add(index, "urn:g:" + i, "urn:s:" + i, SENTENCES.get(i));
            index.commit();
            int before = dir.commitReads.get();
            for (int i = 0; i < 10; i++) {
                assertEquals(List.of("urn:s:0", "urn:s:2"), subjects(index.query((String) null, TEXT,
                        "\"quy hoach tinh\"", null, null, -1, null)));
            }
            assertEquals(before, dir.commitReads.get(), "a query opened the index again");
            // a commit makes the new sentence visible to the next query
            add(index, "urn:g:3", "urn:s:3", "điều chỉnh Quy hoạch tỉnh theo ý kiến của Hội đồng thẩm định");
            index.commit();
            assertEquals(List.of("urn:s:0", "urn:s:2", "urn:s:3"), subjects(index.query((String) null, TEXT,
                    "\"quy hoach tinh\"", null, null, -1, null)));
        } finally {
            index.close();
        }
    }

    /** jena-text stops at 10,000 hits when no limit is given; lskg's index returns them all. */
    @Test
    void returnsEveryHitWithoutALimit() throws Exception {
        SearchedTextIndex index = new SearchedTextIndex(new ByteBuffersDirectory(), StoreTextIndex.config());
        try {
            for (int i = 0; i <= 10_000; i++) add(index, "urn:g:" + i / 100, "urn:s:" + i, SENTENCES.get(i % 3));
            index.commit();
            assertEquals(6_667, index.query((String) null, TEXT, "\"quy hoach tinh\"", null, null, -1, null).size());
            assertEquals(10_001, index.query((String) null, TEXT, "lang OR ma", null, null, 0, null).size());
            assertEquals(25, index.query((String) null, TEXT, "lang OR ma", null, null, 25, null).size());
        } finally {
            index.close();
        }
    }

    /** Subject, score, literal, graph and property of every hit as jena-text's query gives them, in its order. */
    @Test
    void hitsAreJenaTextHits() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        SearchedTextIndex index = new SearchedTextIndex(dir, StoreTextIndex.config());
        List<List<String>> ours;
        try {
            for (int i = 0; i < 30; i++) add(index, "urn:g:" + i % 4, "urn:s:" + i, SENTENCES.get(i % 3));
            Quad label = Quad.create(NodeFactory.createURI("urn:g:0"), NodeFactory.createURI("urn:s:label"),
                    StoreTextIndex.PREDICATES.get(1), NodeFactory.createLiteralLang("Cửa khẩu Chi Ma", "vi"));
            index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), label));
            index.commit();
            ours = queries(index);
        } finally {
            index.close();
        }
        // one writer per directory: jena-text's index opens it once lskg's is closed
        TextIndexLucene jena = new TextIndexLucene(dir, StoreTextIndex.config());
        try {
            assertEquals(queries(jena), ours);
        } finally {
            jena.close();
        }
        assertEquals(20, ours.get(0).size());
    }

    /** Phrase, graph, subject, language and field-less queries, with and without a limit. */
    private static List<List<String>> queries(TextIndex index) {
        List<Resource> labels = List.of(ResourceFactory.createProperty(StoreTextIndex.PREDICATES.get(1).getURI()));
        return List.of(
                render(index.query((String) null, TEXT, "\"quy hoach tinh\"", null, null, -1, null)),
                render(index.query("urn:s:4", TEXT, "huu nghi", null, null, -1, null)),
                render(index.query((String) null, labels, "chi ma", null, "vi", -1, null)),
                render(index.query((String) null, List.of(), "chi ma", null, null, -1, null)));
    }

    private static List<String> render(List<TextHit> hits) {
        return hits.stream().map(h -> h.getNode() + " " + h.getScore() + " " + h.getLiteral() + " " + h.getGraph()
                + " " + show(h.getProp())).toList();
    }

    private static String show(Node n) {
        return n == null ? "-" : n.toString();
    }

    /**
     * A query in one graph gives the hits of that graph, as the same query in every graph gives them (jena-text
     * parses the graph's IRI with the folding analyzer into words the indexed graph term never matches, and
     * finds nothing).
     */
    @Test
    void aQueryInOneGraphGivesThatGraphsHits() throws Exception {
        SearchedTextIndex index = new SearchedTextIndex(new ByteBuffersDirectory(), StoreTextIndex.config());
        try {
            String graph = "https://w3id.org/lskg/graph/doc/uy-ban-nhan-dan-tinh-lang-son/2023/1";
            for (int i = 0; i < 30; i++) add(index, i % 4 == 1 ? graph : "urn:g:" + i % 4, "urn:s:" + i, SENTENCES.get(i % 3));
            index.commit();
            List<String> everywhere = index.query((String) null, TEXT, "chi ma", null, null, -1, null).stream()
                    .filter(h -> h.getGraph().getURI().equals(graph)).map(h -> h.getNode().getURI()).sorted().toList();
            List<String> inGraph = index.query((String) null, TEXT, "chi ma", graph, null, -1, null).stream()
                    .map(h -> h.getNode().getURI()).sorted().toList();
            assertEquals(List.of("urn:s:1", "urn:s:13", "urn:s:25"), everywhere);
            assertEquals(everywhere, inGraph);
            assertEquals(List.of("urn:s:13"), index.query("urn:s:13", TEXT, "chi ma", graph, null, -1, null).stream()
                    .map(h -> h.getNode().getURI()).toList());
        } finally {
            index.close();
        }
    }

    /**
     * A hit is read from the doc values its document carries, not from its stored fields: here the two were written
     * apart on purpose, and the hit shows the doc values' subject and literal.
     */
    @Test
    void aHitIsReadFromItsDocValues() throws Exception {
        SearchedTextIndex index = new SearchedTextIndex(new ByteBuffersDirectory(), StoreTextIndex.config());
        try {
            add(index, "urn:g:0", "urn:s:0", SENTENCES.get(0));
            Quad quad = Quad.create(NodeFactory.createURI("urn:g:1"), NodeFactory.createURI("urn:s:stored"),
                    LSKG.text.asNode(), NodeFactory.createLiteralString(SENTENCES.get(2)));
            Document doc = index.doc(TextQueryFuncs.entityFromQuad(index.getDocDef(), quad));
            doc.removeFields("uri");
            doc.add(new Field("uri", "urn:s:stored", TextIndexLucene.ftIRI));
            doc.add(new BinaryDocValuesField("uri", new BytesRef("urn:s:values")));
            index.getIndexWriter().addDocument(doc);
            index.commit();
            assertEquals(List.of("urn:s:0", "urn:s:values"), subjects(index.query((String) null, TEXT,
                    "\"quy hoach tinh\"", null, null, -1, null)));
        } finally {
            index.close();
        }
    }

    /** A literal far longer than a Lucene term (a 2 MB line of a bad file is one sentence) is indexed and read back. */
    @Test
    void aLongLiteralIsReadBackWhole() throws Exception {
        SearchedTextIndex index = new SearchedTextIndex(new ByteBuffersDirectory(), StoreTextIndex.config());
        try {
            String longText = (SENTENCES.get(1) + " ").repeat(20_000);
            add(index, "urn:g:0", "urn:s:0", longText);
            index.commit();
            List<TextHit> hits = index.query((String) null, TEXT, "\"chi ma\"", null, null, -1, null);
            assertEquals(1, hits.size());
            assertEquals(longText, hits.get(0).getLiteral().getLiteralLexicalForm());
        } finally {
            index.close();
        }
    }

    /**
     * An index written before hits were read from doc values (jena-text's documents, stored fields only) gives the
     * same hits, read from the stored fields. (A store rebuilds such an index: Lucene cannot add doc values to it.)
     */
    @Test
    void documentsWithoutDocValuesAreReadFromTheirStoredFields() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        TextIndexLucene jena = new TextIndexLucene(dir, StoreTextIndex.config());
        List<List<String>> theirs;
        try {
            for (int i = 0; i < 30; i++) add(jena, "urn:g:" + i % 4, "urn:s:" + i, SENTENCES.get(i % 3));
            jena.commit();
            theirs = queries(jena);
        } finally {
            jena.close();
        }
        SearchedTextIndex index = new SearchedTextIndex(dir, StoreTextIndex.config());
        try {
            assertEquals(theirs, queries(index));
        } finally {
            index.close();
        }
        assertEquals(20, theirs.get(0).size());
    }
}
