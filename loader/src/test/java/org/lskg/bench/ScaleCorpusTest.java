package org.lskg.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.Pipeline;
import org.lskg.document.ParsedDocument;
import org.lskg.testing.Corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaleCorpusTest {

    private final ScaleCorpus corpus = ScaleCorpus.fromSeeds(Corpus.documents());

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes(@TempDir Path a, @TempDir Path b) throws Exception {
        List<Path> first = corpus.write(a, 6, 42, n -> { });
        List<Path> again = corpus.write(b, 6, 42, n -> { });
        for (int i = 0; i < first.size(); i++) {
            assertEquals(Files.readString(first.get(i)), Files.readString(again.get(i)));
        }
        assertEquals("gen-0000003.txt", first.get(3).getFileName().toString());
        assertNotEquals(corpus.document(42, 0), corpus.document(43, 0));
    }

    @Test
    void everyDocumentIsNewAndParsesWithItsOwnNumber(@TempDir Path dir) throws Exception {
        List<Path> files = corpus.write(dir, 10, 1, n -> { });
        Pipeline pipeline = Pipeline.create();
        HashSet<String> texts = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            String text = Files.readString(files.get(i));
            assertTrue(texts.add(text), "document " + i + " repeats another");
            ParsedDocument doc = pipeline.parse(files.get(i));
            assertTrue(doc.sentences().size() > 20, files.get(i) + " has " + doc.sentences().size() + " sentences");
        }
        // seed 001 is the Prime Minister's notice 320/TB-VPCP: document 1 is a notice of the same office, numbered 1001
        ParsedDocument notice = pipeline.parse(files.get(1));
        assertEquals("1001/TB-VPCP", notice.number().orElseThrow());
        assertEquals("Văn phòng Chính phủ", notice.issuer().orElseThrow().name());
        // seed 000 is a draft ("Số: /TB-UBND"); its generated copies get a number
        assertEquals("1005/TB-UBND", pipeline.parse(files.get(5)).number().orElseThrow());
    }

    @Test
    void namesAreSwappedInOnePassLongestFirst() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("Bộ Tài chính", "Bộ Y tế");
        map.put("Bộ Y tế", "Bộ Tài chính");
        map.put("Lạng Sơn", "Cao Bằng");
        assertEquals("Bộ Y tế và Bộ Tài chính, tỉnh Cao Bằng",
                ScaleCorpus.replaceNames("Bộ Tài chính và Bộ Y tế, tỉnh Lạng Sơn", map));
    }

    @Test
    void bulletRunsAreReorderedAndKeepTheirLines() {
        String text = "1. Nhiệm vụ\n- một\n- hai\n- ba\n- bốn\nKết luận\n- năm";
        String shuffled = ScaleCorpus.reorderBullets(text, new SplittableRandom(3));
        List<String> lines = List.of(shuffled.split("\n"));
        assertEquals("1. Nhiệm vụ", lines.get(0));
        assertEquals("Kết luận", lines.get(5));
        assertEquals("- năm", lines.get(6));
        assertEquals(new HashSet<>(List.of("- một", "- hai", "- ba", "- bốn")), new HashSet<>(new ArrayList<>(lines.subList(1, 5))));
    }
}
