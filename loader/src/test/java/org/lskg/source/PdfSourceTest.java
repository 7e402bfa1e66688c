package org.lskg.source;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.testing.TestPdfs;
import org.lskg.testing.TestPdfs.Text;

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

    /** Two gazette pages of a Thông tư of the Bộ Tài chính (147/2025/TT-BTC, shortened). */
    static byte[] gazetteThongTu(Path font) {
        List<Text> page1 = List.of(
                new Text(70, 30, 9, "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                new Text(70, 42, 9, "Cơ quan: VĂN PHÒNG CHÍNH PHỦ"),
                new Text(70, 54, 9, "Ngày ký: 2026-01-28 11:16:07 +07:00"),
                new Text(210, 80, "CÔNG BÁO/Số 51/Ngày 23-01-2026"), new Text(515, 80, "56"),
                new Text(110, 110, 12, "BỘ TÀI CHÍNH"), new Text(275, 110, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                new Text(320, 125, "Độc lập - Tự do - Hạnh phúc"),
                new Text(90, 155, "Số: 147/2025/TT-BTC"), new Text(290, 155, "Hà Nội, ngày 31 tháng 12 năm 2025"),
                new Text(265, 190, "THÔNG TƯ"),
                new Text(120, 206, "Quy định quản lý, sử dụng và quyết toán vốn đầu tư công"),
                new Text(100, 240, "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;"),
                new Text(100, 258, "Theo đề nghị của Vụ trưởng Vụ Đầu tư;"),
                new Text(70, 276, "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định quản lý vốn đầu tư công."),
                new Text(100, 294, "Điều 1. Phạm vi điều chỉnh"),
                new Text(100, 312, "Thông tư này quy định việc quản lý, sử dụng và quyết toán vốn đầu tư"));
        List<Text> page2 = List.of(
                new Text(70, 80, "57"), new Text(210, 80, "CÔNG BÁO/Số 51/Ngày 23-01-2026"),
                new Text(70, 110, "công từ nguồn ngân sách nhà nước."),
                new Text(100, 128, "Điều 2. Hiệu lực thi hành"),
                new Text(100, 146, "Thông tư này có hiệu lực từ ngày 15 tháng 02 năm 2026./."),
                new Text(360, 180, 12, "KT. BỘ TRƯỞNG"), new Text(370, 195, 12, "THỨ TRƯỞNG"),
                new Text(355, 240, "Trần Quốc Phương"));
        return TestPdfs.pdf(font, List.of(page1, page2));
    }

    private static List<String> lines(SourceText t) {
        return Arrays.asList(t.text().split("\n"));
    }

    private static List<String> cells(String line) {
        return Arrays.asList(line.strip().split(" {3,}"));
    }

    @Test
    void headerColumnsComeOutAsCellsAndGazetteArtefactsAreGone() throws SourceException {
        SourceText t = SourceReader.create().read("147-2025-tt-btc.pdf", gazetteThongTu(font));
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
        try (PDDocument doc = Loader.loadPDF(gazetteThongTu(font))) {
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
