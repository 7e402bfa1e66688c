package org.lskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lskg.document.DocumentException;
import org.lskg.document.DocumentParser;
import org.lskg.document.ParsedDocument;
import org.lskg.extract.Extractors;
import org.lskg.extract.Fact;
import org.lskg.extract.FactBudget;
import org.lskg.resolve.EntityResolver;
import org.lskg.testing.Corpus;

/**
 * The limit on the triples of one document's graph ({@link DocumentGraph#MAX_TRIPLES}): the triples counted
 * for a document and its facts before mapping never exceed the triples of its graph, so a document refused
 * while it is read is one whose graph would pass the limit; mapping stops as soon as the graph passes it.
 */
class GraphLimitTest {

    private static final DocumentMapper MAPPER = new DocumentMapper(FactMappers.standard());

    private static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Corpus.documents())) {
            seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        Corpus.shared("eval/dev/texts").ifPresent(dir -> {
            try (Stream<Path> dev = Files.list(dir)) {
                dev.sorted().forEach(files::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return files;
    }

    @Test
    void theTriplesCountedBeforeMappingAreNeverMoreThanTheGraphHas() throws IOException, DocumentException {
        DocumentParser parser = DocumentParser.create();
        for (Path file : documents()) {
            ParsedDocument doc = parser.parse(file);
            List<Fact> facts = Extractors.run(Extractors.standard(EntityResolver.standard()), doc);
            long counted = MAPPER.leastTriples(doc) + facts.stream().mapToLong(MAPPER::leastTriples).sum();
            int triples = MAPPER.map(doc, facts).graph().size();
            assertTrue(counted <= triples, file + ": " + counted + " counted, " + triples + " mapped");
            assertTrue(triples < DocumentGraph.MAX_TRIPLES / 5, file + ": " + triples);
        }
    }

    @Test
    void mappingStopsAsSoonAsTheGraphPassesTheLimit() throws IOException, DocumentException {
        ParsedDocument doc = DocumentParser.create().parse(Corpus.seed("001"));
        List<Fact> facts = Extractors.run(Extractors.standard(EntityResolver.standard()), doc);
        int skeleton = MAPPER.map(doc).graph().size();
        int all = MAPPER.map(doc, facts).graph().size();
        int limit = (skeleton + all) / 2;

        DocumentMapper small = MAPPER.withMaxTriples(limit);
        DocumentMapper.Mapping mapping = small.begin(doc);
        FactBudget.Exceeded e = assertThrows(FactBudget.Exceeded.class, () -> mapping.add(facts));
        assertEquals(limit, e.limit());
        assertTrue(e.reached() > limit && e.reached() < limit + 200, "stopped at " + e.reached());
        assertEquals(e.reached(), mapping.size(), "no fact mapped after the one that passed the limit");
        assertTrue(e.getMessage().startsWith("its graph passes lskg's limit of " + String.format("%,d", limit)
                + " triples for one document (" + String.format("%,d", e.reached()) + " counted by sentence "),
                e.getMessage());
        assertEquals(all, MAPPER.withMaxTriples(all).map(doc, facts).graph().size(), "a graph at the limit is mapped");
    }

    @Test
    void aDocumentWhoseSentencesAlonePassTheLimitIsNotMapped() throws IOException, DocumentException {
        ParsedDocument doc = DocumentParser.create().parse(Corpus.seed("004"));
        long least = MAPPER.leastTriples(doc);
        assertEquals(9L * doc.sentences().size(), least);
        FactBudget.Exceeded e = assertThrows(FactBudget.Exceeded.class, () -> MAPPER.withMaxTriples(least - 1).begin(doc));
        assertEquals(0, e.sentence());
        assertTrue(MAPPER.withMaxTriples(least).map(doc).graph().size() >= least);
    }
}
