package org.lskg.source;

import org.junit.jupiter.api.Test;
import org.lskg.testing.Corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Official gazette (Công báo) PDFs of the shared real corpus, read when it is there ({@code ../shared}
 * beside the project, or the folder in {@code -Dlskg.gazette.pdf=...}); skipped otherwise.
 */
class GazettePdfTest {

    private static Path pdf(String name) {
        String dir = System.getProperty("lskg.gazette.pdf");
        Path folder = dir != null ? Path.of(dir) : Corpus.shared("corpus-real/pdf").orElse(Path.of("absent"));
        Path file = folder.resolve(name);
        assumeTrue(Files.isRegularFile(file), "no " + file);
        return file;
    }

    private static List<String> cells(String line) {
        return Arrays.asList(line.strip().split(" {3,}"));
    }

    @Test
    void chiThiOfThePrimeMinister() throws SourceException {
        SourceText t = SourceReader.create().read(pdf("hr-21-ct-ttg.pdf"));
        List<String> lines = t.text().lines().toList();
        assertEquals(List.of("THỦ TƯỚNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), cells(lines.get(0)),
                "the gazette's running header is gone; the document's header opens the text");
        assertTrue(lines.stream().anyMatch(l -> cells(l).equals(
                List.of("Số: 21/CT-TTg", "Hà Nội, ngày 20 tháng 5 năm 2026"))), t.text().substring(0, 600));
        assertFalse(t.text().contains("Ký bởi") || t.text().contains("CÔNG BÁO/Số"));
        assertTrue(t.text().contains("Phạm Thị Thanh Trà"));
    }

    @Test
    void theGazettesHeadingsAboveTheHeaderAreDropped() throws SourceException {
        SourceText t = SourceReader.create().read(pdf("hr-01-2021-tt-bldtbxh.pdf"));
        List<String> lines = t.text().lines().toList();
        assertEquals(List.of("BỘ LAO ĐỘNG - THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), cells(lines.get(0)));
        assertEquals(List.of("BINH VÀ XÃ HỘI", "Độc lập - Tự do - Hạnh phúc"), cells(lines.get(1)));
        assertFalse(t.text().contains("VĂN BẢN QUY PHẠM PHÁP LUẬT"));
        assertTrue(lines.stream().anyMatch(l -> cells(l).equals(
                List.of("Số: 01/2021/TT-BLĐTBXH", "Hà Nội, ngày 03 tháng 6 năm 2021"))));
        assertFalse(t.text().contains("Người ký:") || t.text().contains("Thời gian ký"));
    }
}
