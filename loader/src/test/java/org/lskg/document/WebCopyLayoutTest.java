package org.lskg.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Metadata of state documents copied from the web as markdown (fragments of real 2025 documents, header
 * and tail kept, most of the body cut): layout tables flattened one cell per run or one row per line,
 * cells hard-wrapped inside bold and italic, the number or the date broken over lines, no header at all,
 * a consolidated text, a signature without recipients before an annex.
 */
class WebCopyLayoutTest {

    private static ParsedDocument parse(String resource) throws IOException, DocumentException {
        try (InputStream in = WebCopyLayoutTest.class.getResourceAsStream(resource)) {
            return DocumentParser.create().parse(resource, in.readAllBytes());
        }
    }

    private static void assertMetadata(ParsedDocument d, DocumentType type, String number, String issued,
                                       String issuer, String signer) {
        assertEquals(type, d.type(), "type");
        assertEquals(Optional.ofNullable(number), d.number(), "number");
        assertEquals(issued, d.issued().map(IssueDate::iso).orElse(null), "issued");
        assertEquals(issuer, d.issuer().map(Issuer::name).orElse(null), "issuer");
        assertEquals(Optional.ofNullable(signer), d.signature().flatMap(Signature::signer), "signer");
    }

    @Test
    void provincialDecisionInCellRuns() throws Exception {
        ParsedDocument d = parse("web/table-quyet-dinh.md");
        assertMetadata(d, DocumentType.QUYET_DINH, "471/QĐ-UBND", "2025-11-28",
                "Ủy ban nhân dân tỉnh Bắc Ninh", "Phạm Văn Thịnh");
        assertEquals(Optional.of("Bắc Ninh"), d.place());
        assertEquals(Issuer.Source.HEADER, d.issuer().orElseThrow().source());
        Signature s = d.signature().orElseThrow();
        assertEquals(List.of(new Signature.Authority(Signature.Prefix.TM, "ỦY BAN NHÂN DÂN"),
                new Signature.Authority(Signature.Prefix.KT, "CHỦ TỊCH")), s.authorities());
        assertEquals(Optional.of("PHÓ CHỦ TỊCH"), s.position());
        assertEquals("Như Điều 3", d.recipients().get(0));
        assertTrue(d.title().orElseThrow().startsWith("Về việc phê duyệt danh mục địa điểm tổ chức hội chợ"),
                d.title().orElseThrow());
    }

    @Test
    void headerCellsAreLaidOutSideBySide() throws Exception {
        ParsedDocument d = parse("web/table-quyet-dinh.md");
        List<String> head = List.of(d.text().split("\n")).subList(0, 6);
        assertTrue(head.stream().anyMatch(l -> l.startsWith("ỦY BAN NHÂN DÂN") && l.endsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                String.join("\n", head));
        assertTrue(head.stream().anyMatch(l -> l.startsWith("Số: 471/QĐ-UBND") && l.endsWith("Bắc Ninh, ngày 28 tháng 11 năm 2025")),
                String.join("\n", head));
    }

    @Test
    void letterOfALocalTaxOfficeWithAddresseesInARow() throws Exception {
        ParsedDocument d = parse("web/table-cong-van-kinh-gui.md");
        // "CỤC THUẾ" above "THUẾ TỈNH TÂY NINH": the issuer is the office under its parent
        assertMetadata(d, DocumentType.CONG_VAN, "3257/TNI-QLDN1", "2025-12-01", "Thuế tỉnh Tây Ninh", "Nguyễn Tấn Lợi");
        assertEquals(Optional.of("Cục Thuế"), d.issuer().orElseThrow().parent());
        assertEquals(Optional.of("V/v thuế suất thuế GTGT"), d.title());
        assertEquals(1, d.addressees().size());
        assertTrue(d.addressees().get(0).startsWith("Công Ty TNHH Khuôn Mẫu Yong Hong; Mã số thuế: 1102044417;"),
                d.addressees().get(0));
        Sentence first = d.sentences().stream().filter(s -> s.part() == Sentence.Part.BODY).findFirst().orElseThrow();
        assertTrue(first.text().startsWith("Trả lời văn bản số 01/CV-01 ngày 20/11/2025"), first.text());
    }

    @Test
    void numberAndDateOnTheLineAfterTheirLabel() throws Exception {
        ParsedDocument d = parse("web/table-number-on-next-line.md");
        // "Số:\n87/2025/QĐ-UBND", "*Lai Châu, ngày\n19 tháng 11 năm 2025*", "**ỦY BAN NHÂN\nDÂN **\nTỈNH LAI CHÂU"
        assertMetadata(d, DocumentType.QUYET_DINH, "87/2025/QĐ-UBND", "2025-11-19",
                "Ủy ban nhân dân tỉnh Lai Châu", "Tống Thanh Hải");
    }

    @Test
    void issuerWrappedInsideItsNameAndDateAfterThePlace() throws Exception {
        ParsedDocument d = parse("web/table-wrapped-issuer.md");
        // "BỘ TÀI\nCHÍNH\n**CỤC\nHẢI QUAN**", "*Hà Nội,\nngày **21** tháng **11** năm 2025** *"
        assertMetadata(d, DocumentType.THONG_BAO, "37694/TB-CHQ", "2025-11-21", "Cục Hải quan", "Đào Thu Hương");
        assertEquals(Optional.of("Bộ Tài chính"), d.issuer().orElseThrow().parent());
        assertEquals(Signature.Prefix.TL, d.signature().orElseThrow().authorities().get(0).prefix());
    }

    @Test
    void primeMinistersDispatch() throws Exception {
        ParsedDocument d = parse("web/table-cong-dien.md");
        assertMetadata(d, DocumentType.CONG_DIEN, "217/CĐ-TTg", "2025-11-16", "Thủ tướng Chính phủ", "Trần Hồng Hà");
    }

    @Test
    void signatureWithoutRecipientsBeforeAnAnnex() throws Exception {
        ParsedDocument d = parse("web/table-signature-without-recipients.md");
        assertMetadata(d, DocumentType.QUYET_DINH, "2702/QĐ-UBND", "2025-11-18",
                "Ủy ban nhân dân tỉnh Quảng Trị", "Hoàng Nam");
        assertEquals(List.of(new Signature.Authority(Signature.Prefix.KT, "CHỦ TỊCH")),
                d.signature().orElseThrow().authorities());
    }

    @Test
    void lawWithItsRowsOnOneLineIsDatedByItsAdoption() throws Exception {
        ParsedDocument d = parse("web/inline-luat.md");
        // "QUỐC HỘI | CỘNG HÒA ...VIỆT NAMĐộc lập - ... |", "Luật số: 60/2024/QH15 |"; no signature in this copy
        assertMetadata(d, DocumentType.LUAT, "60/2024/QH15", "2024-11-30", "Quốc hội", null);
        assertEquals(IssueDate.Source.BODY, d.issued().orElseThrow().source());
    }

    @Test
    void standingCommitteeResolutionWithoutIssuerCell() throws Exception {
        ParsedDocument d = parse("web/inline-nghi-quyet-ubtvqh.md");
        // the enacting body under a rule names the issuer; the tail "...PLTP. | TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH"
        assertMetadata(d, DocumentType.NGHI_QUYET, "1661/NQ-UBTVQH15", "2025-06-16",
                "Ủy ban Thường vụ Quốc hội", "Trần Thanh Mẫn");
        Signature s = d.signature().orElseThrow();
        assertEquals(List.of(new Signature.Authority(Signature.Prefix.TM, "ỦY BAN THƯỜNG VỤ QUỐC HỘI")), s.authorities());
        assertEquals(Optional.of("CHỦ TỊCH"), s.position());
        assertEquals("Chính phủ", d.recipients().get(0));
        assertEquals("Lưu: HC, PLTP", d.recipients().get(d.recipients().size() - 1));
    }

    @Test
    void copyWithoutHeaderTakesNumberAndDateFromItsAnnex() throws Exception {
        ParsedDocument d = parse("web/no-header-quyet-dinh.md");
        // the minister's decision is the ministry's; the annex form's own "Nơi nhận" is not the document's
        assertMetadata(d, DocumentType.QUYET_DINH, "3999/QĐ-BTC", "2025-11-28", "Bộ Tài chính", "Nguyễn Thị Bích Ngọc");
        assertEquals(Issuer.Source.TITLE_BLOCK, d.issuer().orElseThrow().source());
        assertEquals(5, d.recipients().size());
    }

    @Test
    void consolidatedTextKeepsTheTitleOfItsActButIsAConsolidatedText() throws Exception {
        ParsedDocument d = parse("web/table-van-ban-hop-nhat.md");
        // signed "Đại tướng Nguyễn Tân Cương" under "XÁC THỰC VĂN BẢN HỢP NHẤT": the rank is not the name
        assertMetadata(d, DocumentType.VAN_BAN_HOP_NHAT, "89/VBHN-BQP", "2025-11-24", "Bộ Quốc phòng",
                "Nguyễn Tân Cương");
        assertEquals(Optional.of("THỨ TRƯỞNG"), d.signature().orElseThrow().position());
    }

    @Test
    void gazetteConsolidatedTextIsDatedByItsAuthentication() throws Exception {
        ParsedDocument d = parse("pdf-van-ban-hop-nhat.txt");
        // no number and no date in the header; both in "XÁC THỰC VĂN BẢN HỢP NHẤT" at the end, the body on its left
        assertMetadata(d, DocumentType.VAN_BAN_HOP_NHAT, "463/VBHN-BLĐTBXH", "2025-02-10",
                "Bộ Lao động - Thương binh và Xã hội", "Lê Văn Thanh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"web/table-quyet-dinh.md", "web/table-cong-van-kinh-gui.md", "web/inline-luat.md",
            "web/inline-nghi-quyet-ubtvqh.md", "web/no-header-quyet-dinh.md", "web/table-wrapped-issuer.md",
            "web/table-van-ban-hop-nhat.md", "web/table-cong-dien.md", "pdf-van-ban-hop-nhat.txt"})
    void everySentenceOffsetPointsAtItsText(String resource) throws Exception {
        ParsedDocument d = parse(resource);
        for (Sentence s : d.sentences()) {
            assertEquals(s.text(), d.text().substring(s.start(), s.end()).replaceAll("\\s+", " "),
                    resource + " sentence " + s.index());
        }
    }

    @Test
    void softWrappedSentencesAreOneLine() throws Exception {
        ParsedDocument d = parse("web/table-quyet-dinh.md");
        // "*Căn cứ Luật Tổ chức chính\nquyền địa phương ngày 16/6/2025; *": a break inside italics is a space
        assertTrue(d.text().contains("\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;"), d.text());
    }

    @Test
    void aPageThatQuotesADocumentIsRefused() throws Exception {
        String page;
        try (InputStream in = WebCopyLayoutTest.class.getResourceAsStream("web/table-quyet-dinh.md")) {
            page = "# Hội chợ, triển lãm thương mại năm 2026 tổ chức ở đâu trên địa bàn tỉnh?\n\n"
                    + "Ủy ban nhân dân tỉnh vừa ban hành danh mục địa điểm tổ chức hội chợ, triển lãm thương mại năm 2026.\n\n"
                    + "Toàn văn quyết định được đăng dưới đây để bạn đọc tiện theo dõi:\n\n"
                    + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DocumentException e = assertThrows(DocumentException.class,
                () -> DocumentParser.create().parse("page.md", page.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("not a government document"), e.getMessage());
    }
}
