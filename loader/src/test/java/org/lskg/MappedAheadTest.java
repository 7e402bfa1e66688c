package org.lskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.document.ParsedDocument;
import org.lskg.extract.Fact;
import org.lskg.rdf.DocumentMapper;
import org.lskg.rdf.FactMappers;
import org.lskg.store.DocumentValidator;
import org.lskg.testing.Corpus;

/**
 * A long document's mentions are mapped while the other extractors read it ({@link MappedAhead}); the graph
 * holds the triples, in the order, that mapping all its facts after extraction gives, so its Turtle is the same.
 */
class MappedAheadTest {

    @Test
    void aLongDocumentMappedAheadIsTheGraphMappedAfterwards(@TempDir Path dir) throws Exception {
        String seed = Files.readString(Corpus.seed("001"), StandardCharsets.UTF_8);
        int body = seed.indexOf("I. ĐÁNH GIÁ CHUNG");
        String text = seed.substring(0, body) + seed.substring(body).repeat(1 + MappedAhead.FROM_CHARS / (seed.length() - body));
        Path file = Files.writeString(dir.resolve("long.txt"), text);
        Pipeline pipeline = Pipeline.create();

        Pipeline.Prepared.Ready ready = assertInstanceOf(Pipeline.Prepared.Ready.class,
                pipeline.prepare(file, DocumentValidator.none()));

        ParsedDocument doc = pipeline.parse(file);
        assertTrue(doc.text().length() >= MappedAhead.FROM_CHARS, "long enough to be mapped ahead");
        List<Fact> facts = pipeline.facts(doc, p -> {});
        List<Triple> afterwards = new DocumentMapper(FactMappers.standard()).map(doc, facts).graph().find().toList();
        assertTrue(afterwards.size() > 20_000, "triples: " + afterwards.size());
        assertEquals(afterwards, ready.graph().graph().find().toList());
    }
}
