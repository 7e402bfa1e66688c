package org.lskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lskg.document.DocumentException;
import org.lskg.document.DocumentParser;
import org.lskg.document.ParsedDocument;
import org.lskg.testing.Corpus;

/**
 * A run of the extractors within a {@link FactBudget}: the facts are counted as they are found, held back by
 * the entity recognizer or sent, never more than are sent, and the run stops at the sentence where the count
 * passes the limit, without reading the rest of the document.
 */
class FactBudgetTest {

    private static final List<Extractor> STANDARD = Extractors.standard(Canonicalizer.none());

    private static ParsedDocument seed(String prefix) throws IOException, DocumentException {
        return DocumentParser.create().parse(prefix + ".txt", Files.readAllBytes(Corpus.seed(prefix)));
    }

    private static FactBudget oneEach(long limit) {
        return new FactBudget(f -> 1, limit, 0);
    }

    @Test
    void aBudgetOfExactlyTheFactsFoundStopsNothingAndOneLessStopsTheRun() throws Exception {
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            ParsedDocument doc = seed(prefix);
            List<Fact> all = Extractors.run(STANDARD, doc, p -> {}, first -> {}, FactBudget.none());
            // the mentions are counted as the recognizer reads them and again as it sends them: once only
            assertEquals(all, Extractors.run(STANDARD, doc, p -> {}, first -> {}, oneEach(all.size())), prefix);
            FactBudget.Exceeded e = assertThrows(FactBudget.Exceeded.class,
                    () -> Extractors.run(STANDARD, doc, p -> {}, first -> {}, oneEach(all.size() - 1)));
            assertEquals(all.size(), e.reached(), prefix);
        }
    }

    @Test
    void theRunStopsAtTheSentenceThatPassesTheLimitWithOneLine() throws Exception {
        ParsedDocument doc = seed("001");
        List<Fact> mentions = Extractors.run(STANDARD.subList(0, 1), doc, p -> {}, first -> {}, FactBudget.none());
        int tenth = mentions.get(9).sentence().index() + 1;
        long upToIt = mentions.stream().filter(m -> m.sentence().index() < tenth).count(); // counted a sentence at a time
        List<String> problems = new ArrayList<>();
        FactBudget.Exceeded e = assertThrows(FactBudget.Exceeded.class, () -> Extractors.run(STANDARD, doc,
                p -> problems.add(p.describe()), first -> {}, new FactBudget(f -> 1, 9, 0)));
        assertEquals(tenth, e.sentence(), "the sentence of the tenth mention passes a limit of nine");
        assertEquals(List.of(), problems, "a document over its budget is no extractor's failure");
        assertEquals(upToIt, e.reached());
        assertEquals("its graph passes lskg's limit of 9 triples for one document (" + upToIt + " counted by sentence " + tenth
                + " of " + doc.sentences().size() + "); split the document", e.getMessage());
        assertEquals(0, e.getStackTrace().length, "a refusal, not a failure: no stack trace is kept");
    }

    @Test
    void aDocumentOverItsBudgetBeforeAnyFactIsNotRead() throws Exception {
        ParsedDocument doc = seed("004");
        Extractor reads = (d, sink) -> {
            throw new AssertionError("no extractor reads a document over its budget");
        };
        FactBudget.Exceeded e = assertThrows(FactBudget.Exceeded.class,
                () -> Extractors.run(List.of(reads), doc, p -> {}, first -> {}, new FactBudget(f -> 1, 100, 101)));
        assertEquals(0, e.sentence());
        assertTrue(e.getMessage().contains("(101 counted for its " + doc.sentences().size() + " sentences alone)"),
                e.getMessage());
    }

    /** Counts the labels the recognizer makes canonical: one for each name it reads. */
    private static final class Counting implements Canonicalizer {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Canonical canonical(EntityCategory category, String label) {
            calls.incrementAndGet();
            return Canonicalizer.none().canonical(category, label);
        }
    }

    @Test
    void aLongDocumentStoppedEarlyIsNotReadAheadToItsEnd() throws Exception {
        String seed = Files.readString(Corpus.seed("001"), StandardCharsets.UTF_8);
        int body = seed.indexOf("I. ĐÁNH GIÁ CHUNG");
        // the seed's header, then its body again and again: a notice of some 1,000,000 characters, read ahead
        String text = seed.substring(0, body) + seed.substring(body).repeat(
                1 + 5 * EntityRecognizer.READ_AHEAD_FROM_CHARS / (seed.length() - body));
        ParsedDocument doc = DocumentParser.create().parse("long.txt", text.getBytes(StandardCharsets.UTF_8));

        Counting whole = new Counting();
        int mentions = Extractors.run(List.of(EntityRecognizer.standard(whole)), doc, p -> {}, first -> {},
                FactBudget.none()).size();
        Counting stopped = new Counting();
        FactBudget.Exceeded e = assertThrows(FactBudget.Exceeded.class, () -> Extractors.run(
                List.of(EntityRecognizer.standard(stopped)), doc, p -> {}, first -> {}, oneEach(mentions / 10)));

        assertTrue(e.sentence() < doc.sentences().size() / 5, "stopped by sentence " + e.sentence());
        assertTrue(stopped.calls.get() < whole.calls.get() / 3,
                "names read: " + stopped.calls.get() + " of " + whole.calls.get());
    }
}
