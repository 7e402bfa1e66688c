package org.lskg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.testing.Corpus;

/**
 * Inputs no document has, which must end in one line or a bounded reading, never a stack trace or minutes
 * of work (issue 11): a line of megabytes, a text over the size limit, numbering thousands of levels deep.
 * Each is the header of a real notice (320/TB-VPCP) followed by the pathological body.
 */
class DocumentLimitsTest {

    private static String header;
    private final DocumentParser parser = DocumentParser.create();

    @BeforeAll
    static void readHeader() throws IOException {
        String seed = Files.readString(Corpus.seed("001"), StandardCharsets.UTF_8);
        header = seed.substring(0, seed.indexOf("I. ĐÁNH GIÁ CHUNG"));
    }

    private ParsedDocument parse(String body) throws DocumentException {
        return parser.parse("limits.txt", (header + body).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTwoMegabyteLineWithoutFullStopsIsReadInBoundedSentences() throws DocumentException {
        String clause = "Bộ Giao thông vận tải chủ trì, phối hợp với tỉnh Lạng Sơn hoàn thiện hồ sơ dự án; ";
        String line = clause.repeat(2_000_000 / clause.length());
        ParsedDocument d = parse("I. NHIỆM VỤ\n\n" + line + "\n");
        long long_ = d.sentences().stream().filter(s -> s.end() - s.start() > SentenceSplitter.MAX_SENTENCE).count();
        assertEquals(0, long_);
        int lineStart = d.text().indexOf(clause);
        int covered = d.sentences().stream().filter(s -> s.start() >= lineStart).mapToInt(s -> s.end() - s.start()).sum();
        assertTrue(covered >= line.strip().length() - 1000, "the cut pieces keep the line's text: " + covered);
        assertTrue(d.sentences().stream().filter(s -> s.start() >= lineStart).allMatch(s -> s.text().startsWith("Bộ Giao")),
                "a line of clauses is cut after a semicolon");
    }

    @Test
    void numberingDeeperThanTenLevelsIsRefusedWithTheLine() {
        StringBuilder body = new StringBuilder("I. NHIỆM VỤ\n\n");
        for (int depth = 1; depth <= 3000; depth++) {
            body.append("1.".repeat(depth)).append(" Nội dung mục\n");
        }
        DocumentException e = assertThrows(DocumentException.class, () -> parse(body.toString()));
        assertTrue(e.getMessage().contains("is numbered 11 levels deep"), e.getMessage());
    }

    @Test
    void numberingDepthCountsTheDottedNumbersThatOpenALine() {
        assertEquals(3, DocumentParser.numberingDepth("## 1.2.3. Các chỉ tiêu"));
        assertEquals(5, DocumentParser.numberingDepth("| 1.001117.000.00.00 | Thủ tục"));
        assertEquals(1, DocumentParser.numberingDepth("12/2025/TT-BTC"));
        assertEquals(0, DocumentParser.numberingDepth("Điều 1. Phạm vi điều chỉnh"));
    }

    @Test
    void aTextOverTwentyMillionCharactersIsRefusedWithItsSize() {
        String body = "Nội dung. ".repeat(DocumentParser.MAX_TEXT_CHARS / 10 + 1);
        DocumentException e = assertThrows(DocumentException.class, () -> parse(body));
        assertTrue(e.getMessage().startsWith("the text has 20.0 million characters, over lskg's limit of 20.0 million"),
                e.getMessage());
    }

    /** Sentence text collapses white space as {@code replaceAll("\\s+", " ")} did, without a regex per sentence. */
    @Test
    void sentenceTextCollapsesWhiteSpaceAsTheRegexDid() {
        for (String raw : new String[] {"Giao Sở Tài chính", "Giao  Sở\tTài\n\nchính ", " \r\nđầu", "cuối \u000B\f",
                "a\u00a0 b", "", " ", "\t", "một  hai   ba"}) {
            assertEquals(raw.replaceAll("\\s+", " "), SentenceSplitter.collapseSpace(raw), raw);
        }
    }
}
