package org.lskg.document;

import org.junit.jupiter.api.Test;
import org.lskg.testing.SourceFixtures;
import org.lskg.testing.TestPdfs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The document layer reads every source format through the source stage and finds the same metadata. */
class SourceFormatsTest {

    private final DocumentParser parser = DocumentParser.create();

    @Test
    void gazettePdf() throws Exception {
        Optional<Path> font = TestPdfs.vietnameseFont();
        assumeTrue(font.isPresent(), "no TrueType font with Vietnamese letters on this machine");
        ParsedDocument d = parser.parse("147-2025-tt-btc.pdf", SourceFixtures.gazetteThongTu(font.get()));
        assertEquals(DocumentType.THONG_TU, d.type());
        assertEquals(Optional.of("147/2025/TT-BTC"), d.number());
        assertEquals("2025-12-31", d.issued().orElseThrow().iso());
        assertEquals("Bộ Tài chính", d.issuer().orElseThrow().name());
        assertEquals(Optional.of("Trần Quốc Phương"), d.signature().orElseThrow().signer());
        assertEquals("PDF text layer", d.encoding());
    }

    @Test
    void wordDraft() throws Exception {
        ParsedDocument d = parser.parse("kh-215.docx", SourceFixtures.draftKeHoach());
        assertEquals(DocumentType.KE_HOACH, d.type());
        assertEquals(Optional.of("215/KH-UBND"), d.number());
        assertEquals("2024-09-12", d.issued().orElseThrow().iso());
        assertEquals("Ủy ban nhân dân tỉnh Lạng Sơn", d.issuer().orElseThrow().name());
    }

    @Test
    void savedPortalPage() throws Exception {
        ParsedDocument d = parser.parse("tb-45.html", SourceFixtures.HTML_PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals(DocumentType.THONG_BAO, d.type());
        assertEquals(Optional.of("45/TB-UBND"), d.number());
        assertEquals("2024-03-04", d.issued().orElseThrow().iso());
        assertEquals("Ủy ban nhân dân tỉnh Lạng Sơn", d.issuer().orElseThrow().name());
    }

    @Test
    void aScanIsADocumentExceptionWithTheSourceStagesReason() {
        assertEquals("PDF has no text layer (scanned image?): OCR it first", assertThrows(DocumentException.class,
                () -> parser.parse("scan.pdf", TestPdfs.imageOnlyPdf())).getMessage());
    }
}
