package org.lskg.source;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.testing.TestPdfs;
import org.lskg.testing.SourceFixtures;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PDFs with a text layer, made here with PDFBox the way the official gazette prints a Thông tư: a
 * signature stamp and the running header above a two-column header, a sentence running over the page
 * break, the signature on the right.
 */
class PdfSourceTest {

    private static Path font;

    @BeforeAll
    static void font() {
        font = TestPdfs.vietnameseFont().orElse(null);
        assumeTrue(font != null, "no TrueType font with Vietnamese letters on this machine (fonts-dejavu-core)");
    }

    private static List<String> lines(SourceText t) {
        return Arrays.asList(t.text().split("\n"));
    }

    private static List<String> cells(String line) {
        return Arrays.asList(line.strip().split(" {3,}"));
    }

    @Test
    void headerColumnsComeOutAsCellsAndGazetteArtefactsAreGone() throws SourceException {
        SourceText t = SourceReader.create().read("147-2025-tt-btc.pdf", SourceFixtures.gazetteThongTu(font));
        assertEquals(SourceFormat.PDF, t.format());
        List<String> lines = lines(t);
        assertEquals(List.of("BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), cells(lines.get(0)),
                "the stamp and the running header are dropped; the header opens the text");
        assertEquals(List.of("Độc lập - Tự do - Hạnh phúc"), cells(lines.get(1)));
        assertTrue(lines.stream().anyMatch(l -> cells(l).equals(
                List.of("Số: 147/2025/TT-BTC", "Hà Nội, ngày 31 tháng 12 năm 2025"))), t.text());
        assertFalse(t.text().contains("Ký bởi") || t.text().contains("Ngày ký") || t.text().contains("CÔNG BÁO"), t.text());
        assertTrue(lines.stream().noneMatch(l -> l.strip().matches("\\d+")), "page numbers are dropped");
        int wrapped = lines.indexOf(lines.stream().filter(l -> l.strip().startsWith("Thông tư này quy định"))
                .findFirst().orElseThrow());
        assertEquals("công từ nguồn ngân sách nhà nước.", lines.get(wrapped + 1).strip(),
                "the sentence reads on over the page break");
        String signer = lines.stream().filter(l -> l.contains("Trần Quốc Phương")).findFirst().orElseThrow();
        assertTrue(signer.indexOf('T') >= 30, "the signature stays in the right column: " + signer);
    }

    @Test
    void aPdfWithOnlyAnImageIsRefused() {
        SourceException e = assertThrows(SourceException.class,
                () -> SourceReader.create().read("scan.pdf", TestPdfs.imageOnlyPdf()));
        assertEquals("PDF has no text layer (scanned image?): OCR it first", e.getMessage());
    }

    @Test
    void encryptedAndCorruptPdfsAreRefusedInOneLine() throws Exception {
        byte[] encrypted;
        try (PDDocument doc = Loader.loadPDF(SourceFixtures.gazetteThongTu(font))) {
            doc.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            encrypted = out.toByteArray();
        }
        assertEquals("PDF is encrypted with a password: cannot read it", assertThrows(SourceException.class,
                () -> SourceReader.create().read("secret.pdf", encrypted)).getMessage());
        byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
        String message = assertThrows(SourceException.class,
                () -> SourceReader.create().read("broken.pdf", corrupt)).getMessage();
        assertTrue(message.startsWith("not a readable PDF: ") && !message.contains("\n"), message);
    }
}
