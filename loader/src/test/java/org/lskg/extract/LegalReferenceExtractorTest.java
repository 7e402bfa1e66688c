package org.lskg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.document.DocumentParser;
import org.lskg.document.DocumentType;
import org.lskg.document.ParsedDocument;
import org.lskg.testing.Corpus;
import org.lskg.testing.Notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class LegalReferenceExtractorTest {

    private static final LegalReferenceExtractor EXTRACTOR = LegalReferenceExtractor.standard();
    private static final Optional<String> NONE = Optional.empty();
    private static final Map<String, List<LegalReference>> SEEDS = new TreeMap<>();

    @BeforeAll
    static void readSeeds() throws Exception {
        DocumentParser parser = DocumentParser.create();
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            SEEDS.put(seed, refs(parser.parse(Corpus.seed(seed))));
        }
    }

    private static List<LegalReference> refs(ParsedDocument document) {
        List<LegalReference> out = new ArrayList<>();
        EXTRACTOR.extract(document, f -> out.add((LegalReference) f));
        return out;
    }

    private static List<LegalReference> refs(String body) {
        return refs(Notices.withBody(body));
    }

    private static LegalReference only(List<LegalReference> refs, String number) {
        List<LegalReference> found = refs.stream().filter(r -> r.number().equals(number)).toList();
        assertEquals(1, found.size(), () -> number + " in " + numbers(refs));
        return found.get(0);
    }

    private static List<String> numbers(List<LegalReference> refs) {
        return refs.stream().map(LegalReference::number).toList();
    }

    private static void assertRef(LegalReference r, DocumentType type, String issued, String issuer) {
        assertEquals(Optional.ofNullable(type), r.type(), r.number() + " type");
        assertEquals(Optional.ofNullable(issued), r.issued(), r.number() + " date");
        assertEquals(Optional.ofNullable(issuer), r.issuer(), r.number() + " issuer");
    }

    // ---- One citation: number, type, date, issuer, subject

    @Test
    void aDecisionWithDateIssuerAndSubject() {
        LegalReference r = only(refs("Triển khai thực hiện Quyết định số 1725/QĐ-TTg ngày 29/12/2023 của Thủ tướng"
                + " Chính phủ về việc thành lập Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lạng Sơn."), "1725/QĐ-TTg");
        assertRef(r, DocumentType.QUYET_DINH, "2023-12-29", "Thủ tướng Chính phủ");
        assertEquals(Optional.of("thành lập Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lạng Sơn"), r.subject());
        assertEquals(Optional.of("2023"), r.year());
        assertEquals("Triển khai", r.sentence().text().substring(0, 10));
    }

    @Test
    void aDateInWordsAfterAComma() {
        LegalReference r = only(refs("Tổ chức thực hiện Nghị quyết số 95-NQ/TU, ngày 20 tháng 9 năm 2022 của Ban Thường vụ"
                + " Tỉnh ủy về cải tạo rừng sản xuất là rừng tự nhiên."), "95-NQ/TU");
        assertRef(r, DocumentType.NGHI_QUYET, "2022-09-20", "Ban Thường vụ Tỉnh ủy Lạng Sơn");
        assertEquals(Optional.of("cải tạo rừng sản xuất là rừng tự nhiên"), r.subject());
    }

    @Test
    void theIssuerCodeNamesTheIssuerWhenTheTextDoesNot() {
        List<LegalReference> refs = refs("Thực hiện Nghị quyết 04/NQ-CP, Nghị quyết số 11-NQ/TW, Kế hoạch số 28/KH-UBND"
                + " và Chương trình hành động số 39-CTr/TU; Văn bản số 4250/BNNMT-ĐCKS; Thông báo số 320/TB-VPCP.");
        assertRef(only(refs, "04/NQ-CP"), DocumentType.NGHI_QUYET, null, "Chính phủ");
        assertRef(only(refs, "11-NQ/TW"), DocumentType.NGHI_QUYET, null, "Ban Chấp hành Trung ương Đảng");
        assertRef(only(refs, "28/KH-UBND"), DocumentType.KE_HOACH, null, "Ủy ban nhân dân tỉnh Lạng Sơn");
        assertRef(only(refs, "39-CTr/TU"), DocumentType.CHUONG_TRINH, null, "Tỉnh ủy Lạng Sơn");
        assertRef(only(refs, "4250/BNNMT-ĐCKS"), DocumentType.CONG_VAN, null, "Bộ Nông nghiệp và Môi trường");
        assertRef(only(refs, "320/TB-VPCP"), DocumentType.THONG_BAO, null, "Văn phòng Chính phủ");
    }

    @Test
    void aNamedIssuerWinsOverTheCodeAndIsNamedInFull() {
        List<LegalReference> refs = refs("Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị về phương hướng"
                + " phát triển vùng; Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh; Thông tư số 31/2025/TT-BCT ngày"
                + " 16/5/2025 của Bộ trưởng Bộ Công Thương quy định nội dung thiết kế mỏ; Văn bản số 4611/SNNMT-KS"
                + " ngày 12/12/2025 của Sở Nông nghiệp và Môi trường.");
        assertRef(only(refs, "11-NQ/TW"), DocumentType.NGHI_QUYET, "2022-02-10", "Bộ Chính trị");
        assertRef(only(refs, "03/CT-UBND"), DocumentType.CHI_THI, null, "Ủy ban nhân dân tỉnh Lạng Sơn");
        assertRef(only(refs, "31/2025/TT-BCT"), DocumentType.THONG_TU, "2025-05-16", "Bộ Công Thương");
        assertRef(only(refs, "4611/SNNMT-KS"), DocumentType.CONG_VAN, "2025-12-12", "Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn");
    }

    @Test
    void normativeAndNationalAssemblyNumbers() {
        List<LegalReference> refs = refs("Căn cứ Nghị quyết số 08/2019/NQ-HĐND của HĐND tỉnh; Nghị định số 30/2020/NĐ-CP;"
                + " Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;"
                + " Nghị quyết số 1672/NQ-UBTVQH15; Pháp lệnh số 02/2022/UBTVQH15; Luật Đất đai số 31/2024/QH15;"
                + " các văn bản số 35/2023/UBTVQH15; Luật Đất đai và Nghị quyết số 03/2024/QH15.");
        LegalReference hdnd = only(refs, "08/2019/NQ-HĐND");
        assertRef(hdnd, DocumentType.NGHI_QUYET, null, "Hội đồng nhân dân tỉnh Lạng Sơn");
        assertEquals(Optional.of("2019"), hdnd.year(), "a normative number carries its year");
        assertRef(only(refs, "30/2020/NĐ-CP"), DocumentType.NGHI_DINH, null, "Chính phủ");
        LegalReference qh = only(refs, "202/2025/QH15");
        assertRef(qh, DocumentType.NGHI_QUYET, "2025-06-12", "Quốc hội");
        assertEquals(Optional.of("sắp xếp đơn vị hành chính cấp tỉnh"), qh.subject());
        assertRef(only(refs, "1672/NQ-UBTVQH15"), DocumentType.NGHI_QUYET, null, "Ủy ban Thường vụ Quốc hội");
        assertRef(only(refs, "02/2022/UBTVQH15"), DocumentType.PHAP_LENH, null, "Ủy ban Thường vụ Quốc hội");
        assertRef(only(refs, "31/2024/QH15"), DocumentType.LUAT, null, "Quốc hội");
        assertRef(only(refs, "35/2023/UBTVQH15"), null, null, "Ủy ban Thường vụ Quốc hội");
        assertRef(only(refs, "03/2024/QH15"), DocumentType.NGHI_QUYET, null, "Quốc hội");
    }

    @Test
    void partyCodesAreNotTheStateCodes() {
        List<LegalReference> refs = refs("Thực hiện Quyết định số 126-QĐNS/TW của Ban Bí thư, Hướng dẫn số 36-HD/VPTW"
                + " và Thông tri số 12-TT/TU.");
        assertRef(only(refs, "126-QĐNS/TW"), DocumentType.QUYET_DINH, null, "Ban Bí thư");
        assertRef(only(refs, "36-HD/VPTW"), DocumentType.HUONG_DAN, null, "Văn phòng Trung ương Đảng");
        assertRef(only(refs, "12-TT/TU"), null, null, "Tỉnh ủy Lạng Sơn");   // Thông tri, not Thông tư
    }

    @Test
    void typesOutsideTheSchemeAreLeftOpen() {
        LegalReference r = only(refs("Căn cứ Giấy phép khai thác khoáng sản số 199/GP-BNNMT ngày 14/7/2026 của Bộ"
                + " Nông nghiệp và Môi trường."), "199/GP-BNNMT");
        assertRef(r, null, "2026-07-14", "Bộ Nông nghiệp và Môi trường");
    }

    // ---- Printing and PDF variants

    @Test
    void printingVariantsAreRead() {
        List<LegalReference> refs = refs("Theo Quyết định số 3027/QĐUBND ngày 15/12/2023; Chỉ thị số 05/CT-TTG; Văn bản"
                + " số 5973 /UBND-KT ngày 11/6/2026 và Công điện số 08/CĐ-TTg ngày 05/01/2023 của Thủ tướng Chính phủ.");
        assertRef(only(refs, "3027/QĐUBND"), DocumentType.QUYET_DINH, "2023-12-15", "Ủy ban nhân dân tỉnh Lạng Sơn");
        assertRef(only(refs, "05/CT-TTG"), DocumentType.CHI_THI, null, "Thủ tướng Chính phủ");
        assertRef(only(refs, "5973/UBND-KT"), DocumentType.CONG_VAN, "2026-06-11", "Ủy ban nhân dân tỉnh Lạng Sơn");
        assertRef(only(refs, "08/CĐ-TTg"), DocumentType.CONG_DIEN, "2023-01-05", "Thủ tướng Chính phủ");
    }

    @Test
    void numbersBrokenByThePdfLayoutAreJoined() {
        List<LegalReference> refs = refs("Thực hiện Nghị quyết số 10-\n\nNQ/TW ngày 10/02/2022 của Bộ Chính trị về định"
                + " hướng chiến lược địa chất, khoáng sản.\n\nTheo điểm b khoản 2 Điều 22 của Thông tư số 36/2025/TT-\n"
                + "BNNMT ngày 02/7/2025.");
        assertRef(only(refs, "10-NQ/TW"), DocumentType.NGHI_QUYET, "2022-02-10", "Bộ Chính trị");
        assertRef(only(refs, "36/2025/TT-BNNMT"), DocumentType.THONG_TU, "2025-07-02", "Bộ Nông nghiệp và Môi trường");
    }

    // ---- Coordination

    @Test
    void coordinatedSubmissionsKeepTheirOwnDates() {
        List<LegalReference> refs = refs("Đề nghị của Ủy ban nhân dân tỉnh tại các Tờ trình: số 108/TTr-UBND ngày 23 tháng"
                + " 8 năm 2021, số 119/TTr-UBND ngày 18 tháng 9 năm 2021 và số 121/TTr-UBND ngày 20 tháng 9 năm 2021.");
        assertEquals(List.of("108/TTr-UBND", "119/TTr-UBND", "121/TTr-UBND"), numbers(refs));
        assertRef(refs.get(0), DocumentType.TO_TRINH, "2021-08-23", "Ủy ban nhân dân tỉnh Lạng Sơn");
        assertRef(refs.get(1), DocumentType.TO_TRINH, "2021-09-18", "Ủy ban nhân dân tỉnh Lạng Sơn");
        assertRef(refs.get(2), DocumentType.TO_TRINH, "2021-09-20", "Ủy ban nhân dân tỉnh Lạng Sơn");
    }

    @Test
    void coordinatedNumbersShareTheIssuerNamedAfterThem() {
        List<LegalReference> refs = refs("Thực hiện Nghị quyết số 08/2019/NQ-HĐND ngày 10/12/2019, Nghị quyết số"
                + " 15/2021/NQ-HĐND ngày 17/7/2021 của HĐND tỉnh về chính sách đặc thù; QĐ 2068/QĐ-UBND ngày"
                + " 22/12/2023 và QĐ 136/QĐ-UBND ngày 19/01/2024 của UBND tỉnh Bắc Giang.");
        assertRef(only(refs, "08/2019/NQ-HĐND"), DocumentType.NGHI_QUYET, "2019-12-10", "Hội đồng nhân dân tỉnh Lạng Sơn");
        assertEquals(NONE, only(refs, "08/2019/NQ-HĐND").subject(), "the subject after the last belongs to it");
        assertEquals(Optional.of("chính sách đặc thù"), only(refs, "15/2021/NQ-HĐND").subject());
        assertRef(only(refs, "2068/QĐ-UBND"), DocumentType.QUYET_DINH, "2023-12-22", "Ủy ban nhân dân tỉnh Bắc Giang");
        assertRef(only(refs, "136/QĐ-UBND"), DocumentType.QUYET_DINH, "2024-01-19", "Ủy ban nhân dân tỉnh Bắc Giang");
    }

    @Test
    void aSharedIssuerMustAgreeWithTheCodes() {
        List<LegalReference> refs = refs("Thực hiện Nghị quyết số 10-NQ/TW, Quyết định số 334/QĐ-TTg ngày 01/4/2023 của"
                + " Thủ tướng Chính phủ phê duyệt Chiến lược địa chất, khoáng sản và Văn bản số 12/UBND-KT.");
        assertRef(only(refs, "10-NQ/TW"), DocumentType.NGHI_QUYET, null, "Ban Chấp hành Trung ương Đảng");
        LegalReference decision = only(refs, "334/QĐ-TTg");
        assertRef(decision, DocumentType.QUYET_DINH, "2023-04-01", "Thủ tướng Chính phủ");
        assertEquals(Optional.of("phê duyệt Chiến lược địa chất, khoáng sản"), decision.subject());
        assertEquals(Optional.of(DocumentType.CONG_VAN), only(refs, "12/UBND-KT").type(), "\"Văn bản\" is not a Quyết định");
    }

    // ---- One document, one account of each cited document

    @Test
    void aNumberCitedTwiceCarriesItsDateInBothFacts() {
        List<LegalReference> refs = refs("Thực hiện Nghị quyết số 12/NQ-CP ngày 01/02/2024 của Chính phủ.\n\n"
                + "Tiếp tục triển khai Nghị quyết 12/NQ-CP và Nghị quyết 12/NQ-CP đã nêu.");
        assertEquals(2, refs.size(), "one fact per number per sentence");
        assertEquals(refs.get(0).issued(), refs.get(1).issued());
        assertEquals(Optional.of("2024-02-01"), refs.get(1).issued());
        assertNotEquals(refs.get(0).sentence(), refs.get(1).sentence());
    }

    @Test
    void numbersRestartEveryYear() {
        List<LegalReference> refs = refs("Quyết định số 12/QĐ-UBND ngày 05/01/2023 và Quyết định số 12/QĐ-UBND ngày"
                + " 08/01/2024 của UBND tỉnh.");
        assertEquals(List.of(Optional.of("2023-01-05"), Optional.of("2024-01-08")),
                refs.stream().map(LegalReference::issued).toList());
    }

    // ---- What is not a citation

    @Test
    void datesChainageRatiosAndMarkersAreNotNumbers() {
        assertEquals(List.of(), numbers(refs("Ngày 11/10/2021 và ngày 01-10-1997, đoạn Km18-Km80 và Km18 - Km80, lý trình"
                + " 1088/2-1089, Km3+700-Km18; đến nay có 199/200 xã đạt 10/19 tiêu chí, tỷ lệ 3/4 và Covid-19/2021.")));
        assertEquals(List.of(), numbers(refs("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015.")),
                "a law cited by name alone has no number");
    }

    @Test
    void theDocumentsOwnNumberIsNotACitation() {
        assertEquals(List.of("128/NQ-CP"), numbers(refs("Thông báo số 45/TB-UBND này thay thế việc thực hiện Nghị quyết"
                + " số 128/NQ-CP.")));
    }

    // ---- The seeds

    @Test
    void seed001() {
        List<LegalReference> refs = SEEDS.get("001");
        assertEquals(List.of("128/NQ-CP", "128/NQ-CP", "108/TTr-UBND", "119/TTr-UBND", "120/TTr-UBND", "121/TTr-UBND"),
                numbers(refs));
        refs.stream().filter(r -> r.number().equals("128/NQ-CP"))
                .forEach(r -> assertRef(r, DocumentType.NGHI_QUYET, "2021-10-11", "Chính phủ"));
        assertRef(refs.get(2), DocumentType.TO_TRINH, "2021-08-23", "Ủy ban nhân dân tỉnh Lạng Sơn");
        for (LegalReference r : refs.subList(3, 6)) assertRef(r, DocumentType.TO_TRINH, "2021-09-18", "Ủy ban nhân dân tỉnh Lạng Sơn");
    }

    @Test
    void seed002() {
        List<LegalReference> refs = SEEDS.get("002");
        assertEquals(List.of("326/QĐ-TTg", "1199/QĐ-TTg", "04/NQ-CP"), numbers(refs));
        assertRef(refs.get(0), DocumentType.QUYET_DINH, "2022-03-09", "Thủ tướng Chính phủ");
        assertRef(refs.get(1), DocumentType.QUYET_DINH, "2023-10-14", "Thủ tướng Chính phủ");
        assertEquals("phê duyệt quy hoạch cửa khẩu trên tuyến biên giới Việt Nam – Trung Quốc thời kỳ 2021-2030, tầm nhìn"
                + " đến năm 2050", refs.get(1).subject().orElseThrow());
        assertRef(refs.get(2), DocumentType.NGHI_QUYET, null, "Chính phủ");
    }

    @Test
    void seed003() {
        List<LegalReference> refs = SEEDS.get("003");
        assertEquals(List.of("11-NQ/TW", "20-NQ/TW"), numbers(refs));
        assertRef(refs.get(0), DocumentType.NGHI_QUYET, "2022-02-10", "Bộ Chính trị");
        assertRef(refs.get(1), DocumentType.NGHI_QUYET, "2022-06-16", "Ban Chấp hành Trung ương Đảng");
    }

    @Test
    void seeds000And004() {
        List<LegalReference> d000 = SEEDS.get("000");
        assertEquals(List.of("95-NQ/TU", "1725/QĐ-TTg", "03/CT-UBND"), numbers(d000));
        assertRef(d000.get(0), DocumentType.NGHI_QUYET, "2022-09-20", "Ban Thường vụ Tỉnh ủy Lạng Sơn");
        List<LegalReference> d004 = SEEDS.get("004");
        assertEquals(List.of("2068/QĐ-UBND", "136/QĐ-UBND", "95-NQ/TU", "08/2019/NQ-HĐND", "15/2021/NQ-HĐND", "28/KH-UBND"),
                numbers(d004));
        assertRef(d004.get(1), DocumentType.QUYET_DINH, "2024-01-19", "Ủy ban nhân dân tỉnh Lạng Sơn");
        assertRef(d004.get(3), DocumentType.NGHI_QUYET, "2019-12-10", "Hội đồng nhân dân tỉnh Lạng Sơn");
        assertRef(d004.get(5), DocumentType.KE_HOACH, "2022-11-02", "Ủy ban nhân dân tỉnh Lạng Sơn");
    }

    /** 11554/VPCP-V.I (2025): "Văn bản" is a document word but no type name; it once threw and lost the document. */
    @Test
    void aLetterCitedAsVanBanAndTheNumberCoordinatedWithItAreBothRead() {
        List<LegalReference> refs = refs("Báo cáo kết quả theo chỉ đạo của Phó Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo 389"
                + " quốc gia tại Văn bản số 6721/VPCP-V.I ngày 19 tháng 7 năm 2025 và số 7514/VPCP-V.I ngày 12 tháng 8"
                + " năm 2025 của Văn phòng Chính phủ; báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2025.");
        assertEquals(Optional.of("2025-07-19"), only(refs, "6721/VPCP-V.I").issued());
        assertEquals(Optional.of("2025-08-12"), only(refs, "7514/VPCP-V.I").issued());
    }
}
