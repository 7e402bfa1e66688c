package org.lskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lskg.document.DocumentException;
import org.lskg.document.DocumentParser;
import org.lskg.document.ParsedDocument;
import org.lskg.testing.Corpus;

/**
 * A long document's sentences are read on all cores by the recognizer of one document (its read-ahead),
 * with the mentions, in the order, that the recognizer reading them one after another finds.
 */
class EntityRecognizerReadAheadTest {

    private static final EntityRecognizer RULES = EntityRecognizer.standard(Canonicalizer.none());

    @Test
    void aLongDocumentReadAheadGivesTheMentionsReadOneByOne() throws IOException, DocumentException {
        String seed = Files.readString(Corpus.seed("001"), StandardCharsets.UTF_8);
        int body = seed.indexOf("I. ĐÁNH GIÁ CHUNG");
        // the seed's header, then its body again and again: a notice of some 400,000 characters
        String text = seed.substring(0, body) + seed.substring(body).repeat(
                1 + 2 * EntityRecognizer.READ_AHEAD_FROM_CHARS / (seed.length() - body));
        ParsedDocument doc = DocumentParser.create().parse("long.txt", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.sentences().stream().mapToInt(s -> s.text().length()).sum() >= EntityRecognizer.READ_AHEAD_FROM_CHARS);

        List<Fact> oneByOne = new ArrayList<>();
        RULES.extract(doc, oneByOne::add); // the shared recognizer remembers nothing: it never reads ahead
        List<Fact> ahead = new ArrayList<>();
        EntityRecognizer remembering = RULES.forOneDocument();
        assertTrue(remembering.remembers());
        remembering.extract(doc, ahead::add);

        assertTrue(oneByOne.size() > 1_000, "mentions: " + oneByOne.size());
        assertEquals(oneByOne, ahead);
        // and what it read ahead is what it remembers for the commitments
        var s = doc.sentences().get(doc.sentences().size() / 2);
        assertEquals(RULES.recognise(s, doc.locality()), remembering.recognise(s, doc.locality()));
    }
}
