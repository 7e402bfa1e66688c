package org.lskg.document;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Headers and signature blocks as {@code pdftotext -layout} leaves them (Phụ lục I of NĐ 30/2020): issuer
 * left and quốc hiệu right, số/ký hiệu and "địa danh, ngày ..." on one line, recipients and signature side
 * by side, sentences hard-wrapped.
 */
class PdfLayoutTest {

    private static ParsedDocument parse(String resource) throws IOException, DocumentException {
        try (InputStream in = PdfLayoutTest.class.getResourceAsStream(resource)) {
            return DocumentParser.create().parse(resource, in.readAllBytes());
        }
    }

    @Test
    void districtDecision() throws Exception {
        ParsedDocument d = parse("pdf-two-column-quyet-dinh.txt");
        assertEquals(DocumentType.QUYET_DINH, d.type());
        assertEquals(Optional.of("1234/QĐ-UBND"), d.number());
        assertEquals("2024-03-05", d.issued().orElseThrow().iso());
        assertEquals(Optional.of("Cao Lộc"), d.place());
        assertEquals("Ủy ban nhân dân huyện Cao Lộc", d.issuer().orElseThrow().name());
        assertEquals(Issuer.Source.HEADER, d.issuer().orElseThrow().source());
        assertEquals(Optional.of("Về việc giao nhiệm vụ đẩy nhanh tiến độ giải phóng mặt bằng Cụm công nghiệp"
                + " Hợp Thành 1, huyện Cao Lộc"), d.title());
        Signature s = d.signature().orElseThrow();
        assertEquals(List.of(new Signature.Authority(Signature.Prefix.KT, "CHỦ TỊCH")), s.authorities());
        assertEquals(Optional.of("PHÓ CHỦ TỊCH"), s.position());
        assertEquals(Optional.of("Nguyễn Văn An"), s.signer());
        assertEquals(List.of("Như Điều 2", "UBND tỉnh (b/c)", "Lưu: VT"), d.recipients());
    }

    @Test
    void wrappedLinesJoinIntoOneSentence() throws Exception {
        ParsedDocument d = parse("pdf-two-column-quyet-dinh.txt");
        Sentence task = d.sentences().stream().filter(x -> x.text().startsWith("Giao Phòng")).findFirst().orElseThrow();
        assertEquals("Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với UBND xã Hợp Thành hoàn thành công tác"
                + " giải phóng mặt bằng Cụm công nghiệp Hợp Thành 1 trước ngày 30/6/2024.", task.text());
        assertEquals(d.text().substring(task.start(), task.end()).replaceAll("\\s+", " "), task.text());
        Section article = d.sections().stream().filter(x -> x.id().equals("D1")).findFirst().orElseThrow();
        assertEquals(Optional.of("D1"), task.sectionId());
        assertEquals("Điều 1.", article.marker());
    }

    @Test
    void ministryLetterWithAddresseesAndFootnote() throws Exception {
        ParsedDocument d = parse("pdf-two-column-cong-van.txt");
        assertEquals(DocumentType.CONG_VAN, d.type());
        assertEquals(Optional.of("812/BKHĐT-TH"), d.number());
        assertEquals("2023-02-07", d.issued().orElseThrow().iso());
        assertEquals("Bộ Kế hoạch và Đầu tư", d.issuer().orElseThrow().name());
        assertEquals(Optional.of("V/v đôn đốc báo cáo tình hình giải ngân vốn đầu tư công năm 2022"), d.title());
        assertEquals(List.of("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Các Bộ, cơ quan ngang Bộ"),
                d.addressees());
        assertEquals(1, d.footnotes().size());
        Footnote f = d.footnotes().get(0);
        assertEquals("1", f.number());
        assertEquals("Theo mẫu tại Phụ lục kèm theo Nghị định số 40/2020/NĐ-CP.", f.text());
        Sentence referring = d.sentenceAt(f.markerOffset().orElseThrow()).orElseThrow();
        assertTrue(referring.text().startsWith("Thực hiện chỉ đạo của Thủ tướng Chính phủ"), referring.text());
        assertEquals(Optional.of("Trần Quốc Phương"), d.signature().orElseThrow().signer());
        assertEquals(Optional.of("THỨ TRƯỞNG"), d.signature().orElseThrow().position());
    }
}
