package org.lskg.document;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.testing.Corpus;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The metadata of the five seed documents, field by field, against values read in the documents. */
class SeedMetadataTest {

    private static ParsedDocument d000;
    private static ParsedDocument d001;
    private static ParsedDocument d002;
    private static ParsedDocument d003;
    private static ParsedDocument d004;

    @BeforeAll
    static void parse() throws DocumentException {
        DocumentParser p = DocumentParser.create();
        d000 = p.parse(Corpus.seed("000"));
        d001 = p.parse(Corpus.seed("001"));
        d002 = p.parse(Corpus.seed("002"));
        d003 = p.parse(Corpus.seed("003"));
        d004 = p.parse(Corpus.seed("004"));
    }

    @Test
    void conclusionOfThePrimeMinister320() {
        assertEquals(DocumentType.THONG_BAO, d001.type());
        assertEquals(Optional.of("320/TB-VPCP"), d001.number());
        assertEquals(Optional.of("TB-VPCP"), d001.symbol());
        assertEquals("2021-11-28", d001.issued().orElseThrow().iso());
        assertEquals(IssueDate.Source.HEADER, d001.issued().orElseThrow().source());
        assertEquals(Optional.of("Hà Nội"), d001.place());
        assertEquals("Văn phòng Chính phủ", d001.issuer().orElseThrow().name());
        assertEquals(Issuer.Source.NUMBER_CODE, d001.issuer().orElseThrow().source());
        assertEquals(Optional.of("Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại buổi làm việc với lãnh đạo"
                + " tỉnh Lạng Sơn"), d001.title());
        Meeting m = d001.meeting().orElseThrow();
        assertEquals(Optional.of("2021-11-14"), m.date());
        assertEquals(Optional.of("Phạm Minh Chính"), m.chair());
        assertEquals(Optional.of("Thủ tướng Chính phủ"), m.chairPost());
        assertEquals(Optional.of("trụ sở Tỉnh ủy Lạng Sơn"), m.place());
        assertEquals("buổi làm việc với lãnh đạo tỉnh Lạng Sơn", m.name());
        assertTrue(d001.signature().isEmpty(), "the copy carries no signature block");
        assertEquals(List.of("Thủ tướng, các Phó Thủ tướng Chính phủ",
                "Các Bộ, cơ quan: KH&ĐT, TC, GTVT, LĐTB&XH, YT, UBKT",
                "Tỉnh ủy, HĐND, UBND tỉnh Lạng Sơn",
                "Tỉnh ủy, HĐND, UBND tỉnh Cao Bằng",
                "VPCP: BTCN, các PCN, Trợ lý, Thư ký TTgCP, Cổng TTĐT CP, các Vụ: KTTK, CN, NN, KGVX, TKBT, QHQT, NC, TH",
                "Lưu: VT, QHDP (3)Đ.Minh 13"), d001.recipients());
    }

    @Test
    void draftConclusionOfJanuary2024HasNoNumberAndAMonthOnlyDate() {
        assertEquals(DocumentType.THONG_BAO, d000.type());
        assertEquals(Optional.empty(), d000.number(), "Số: /TB-UBND is blank: no number, not a guess");
        assertEquals(Optional.of("TB-UBND"), d000.symbol());
        IssueDate issued = d000.issued().orElseThrow();
        assertEquals("2024-01", issued.iso());
        assertEquals(IssueDate.Source.HEADER_MONTH_ONLY, issued.source());
        assertEquals(Optional.of("Lạng Sơn"), d000.place());
        assertEquals("Ủy ban nhân dân tỉnh Lạng Sơn", d000.issuer().orElseThrow().name());
        Meeting m = d000.meeting().orElseThrow();
        assertEquals(Optional.of("2024-01-10"), m.date());
        assertEquals(Optional.of("Dương Xuân Huyền"), m.chair());
        assertEquals(Optional.of("Phó Chủ tịch Thường trực UBND tỉnh"), m.chairPost());
        Signature s = d000.signature().orElseThrow();
        assertEquals(List.of(new Signature.Authority(Signature.Prefix.TL, "CHỦ TỊCH")), s.authorities());
        assertEquals(Optional.of("CHÁNH VĂN PHÒNG"), s.position());
        assertEquals(Optional.of("Phạm Hùng Trường"), s.signer());
        assertEquals(11, d000.recipients().size());
        assertEquals("Báo Lạng Sơn, Đài PTTH tỉnh, Cơ quan TTXVN tại Lạng Sơn", d000.recipients().get(8));
    }

    @Test
    void monthlyReportWithoutHeaderTakesItsPeriodFromTheTitle() {
        assertEquals(DocumentType.BAO_CAO, d002.type());
        assertEquals(Optional.empty(), d002.number());
        IssueDate issued = d002.issued().orElseThrow();
        assertEquals("2023-11", issued.iso());
        assertEquals(IssueDate.Source.TITLE, issued.source());
        assertEquals(Optional.of("Tình hình kinh tế - xã hội tháng 11 và 11 tháng đầu năm, nhiệm vụ trọng tâm"
                + " tháng 12 năm 2023"), d002.title());
        Issuer issuer = d002.issuer().orElseThrow();
        assertEquals("Ủy ban nhân dân tỉnh Lạng Sơn", issuer.name());
        assertEquals(Issuer.Source.SIGNATURE, issuer.source());
        Signature s = d002.signature().orElseThrow();
        assertEquals(List.of(new Signature.Authority(Signature.Prefix.TM, "ỦY BAN NHÂN DÂN"),
                new Signature.Authority(Signature.Prefix.KT, "CHỦ TỊCH")), s.authorities());
        assertEquals(Optional.of("PHÓ CHỦ TỊCH"), s.position());
        assertEquals(Optional.of("Dương Xuân Huyên"), s.signer());
        assertTrue(d002.meeting().isEmpty());
    }

    @Test
    void councilResolutionIsDatedByItsAdoption() {
        assertEquals(DocumentType.NGHI_QUYET, d003.type());
        assertEquals(Optional.empty(), d003.number());
        IssueDate issued = d003.issued().orElseThrow();
        assertEquals("2023-12-08", issued.iso());
        assertEquals(IssueDate.Source.BODY, issued.source());
        assertEquals("Hội đồng nhân dân tỉnh Lạng Sơn", d003.issuer().orElseThrow().name());
        assertEquals(Issuer.Source.TITLE_BLOCK, d003.issuer().orElseThrow().source());
        assertEquals(Optional.of("Về mục tiêu, nhiệm vụ kế hoạch năm 2024"), d003.title());
        assertTrue(d003.signature().isEmpty());
        assertEquals("Ủy ban Thường vụ Quốc hội", d003.recipients().get(0));
        assertEquals("Lưu: VT, HS kỳ họp", d003.recipients().get(d003.recipients().size() - 1));
    }

    @Test
    void inspectionConclusionInMarkdown() {
        assertEquals(DocumentType.THONG_BAO, d004.type());
        assertEquals(Optional.empty(), d004.number());
        assertEquals("2024-04", d004.issued().orElseThrow().iso());
        assertEquals("Ủy ban nhân dân tỉnh Lạng Sơn", d004.issuer().orElseThrow().name());
        Meeting m = d004.meeting().orElseThrow();
        assertEquals(Optional.of("2024-04-24"), m.date());
        assertEquals(Optional.of("Đoàn Thanh Sơn"), m.chair());
        assertEquals(Optional.of("Phó Chủ tịch UBND tỉnh"), m.chairPost());
        Signature s = d004.signature().orElseThrow();
        assertEquals(List.of(new Signature.Authority(Signature.Prefix.TL, "CHỦ TỊCH"),
                new Signature.Authority(Signature.Prefix.KT, "CHÁNH VĂN PHÒNG")), s.authorities());
        assertEquals(Optional.of("PHÓ CHÁNH VĂN PHÒNG"), s.position());
        assertEquals(Optional.of("Dương Văn Chiêu"), s.signer());
        assertEquals("Lưu: VT, KT(NTA)", d004.recipients().get(d004.recipients().size() - 1));
    }
}
