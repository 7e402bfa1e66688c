package org.lskg.document;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A decision that issues a plan, printed with it and its annex after the signature, as web copies give
 * Quyết định 2820/QĐ-UBND of Thành phố Hồ Chí Minh (19/11/2025): the plan and the annex are body text
 * with sections of their own, and the annex's flattened task table is read one row per sentence.
 */
class AttachedTextsTest {

    /** Cut from the copy of Quyết định 2820/QĐ-UBND: its articles, tail, plan section IV.1 and two annex rows. */
    static final String QD_2820 = """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ HỒ CHÍ MINH
            Số: 2820/QĐ-UBND                         Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025

            QUYẾT ĐỊNH
            Ban hành Kế hoạch triển khai Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ

            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ.

            Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

            Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc các Sở, Thủ trưởng các cơ quan, đơn vị trực thuộc Ủy ban nhân dân Thành phố chịu trách nhiệm thi hành Quyết định này./.

            Nơi nhận:
            - Như Điều 3;
            - Thủ tướng Chính phủ (để b/c);
            - Lưu: VT, (TH/MT).
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Nguyễn Lộc Hà

            KẾ HOẠCH
            TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ
            (Kèm theo Quyết định số 2820/QĐ-UBND ngày 19 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố)

            IV. TỔ CHỨC THỰC HIỆN

            1. Sở Tài chính (cơ quan chủ trì)

            - Tổng hợp, báo cáo kịp thời các trường hợp chậm tiến độ, không gửi dữ liệu, gửi dữ liệu không đúng quy định hoặc sai lệch; đề xuất biện pháp xử lý theo quy định của pháp luật.

            ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH

            PHỤ LỤC
            NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH, PHƯỜNG, XÃ, ĐẶC KHU
            (Kèm theo Quyết định số 2820/QĐ-UBND ngày 19 tháng 11 năm 2025 của UBND Thành phố Hồ Chí Minh)

            |
            TT
            |
            Nhiệm vụ
            |
            Cơ quan chủ trì
            |
            Cơ quan phối hợp
            |
            Thời gian dự kiến hoàn thành
            |
            Kết quả dự kiến
            |
            Nguồn kinh phí
            |
            |
            I
            |
            Hoàn thiện thể chế, ban hành quy định, hướng dẫn yêu cầu kỹ thuật để xây dựng và
            triển khai Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch
            |
            |
            1
            |
            Phối hợp rà soát, sửa đổi Luật
            Quy hoạch và xây dựng các văn bản quy phạm pháp luật có liên quan.
            |
            Sở Tài chính
            |
            Các sở, ngành, UBND xã, phường, đặc khu
            |
            Quý IV/2025
            |
            Luật Quy hoạch, Quyết định của cấp có thẩm quyền
            |
            Chi thường xuyên hoặc nguồn vốn hợp pháp khác (nếu có)
            |
            |
            2
            |
            Phối hợp xây dựng nội dung
            quy định việc xây dựng, cập nhật, duy trì và khai thác, sử dụng cơ sở dữ liệu
            quốc gia về quy hoạch.
            |
            Sở Tài chính
            |
            Các sở, ngành, UBND xã, phường, đặc khu
            |
            Năm 2025 - 2026
            |
            Nghị định
            |
            """;

    static ParsedDocument parse(String text) throws DocumentException {
        return DocumentParser.create().parse("qd2820.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theIssuedPlanIsBodyWithItsOwnSectionsAndTheTailStaysTail() throws DocumentException {
        ParsedDocument d = parse(QD_2820);
        Sentence item = d.sentences().stream().filter(s -> s.text().startsWith("Tổng hợp, báo cáo kịp thời")).findFirst()
                .orElseThrow();
        assertEquals(Sentence.Part.BODY, item.part());
        assertEquals("K1/IV/1", item.sectionId().orElseThrow());
        assertTrue(d.sections().stream().anyMatch(s -> s.id().equals("D3")), "the decision's own articles stay");
        assertTrue(d.sentences().stream().filter(s -> s.text().contains("Thủ tướng Chính phủ (để b/c)"))
                .allMatch(s -> s.part() == Sentence.Part.TAIL));
        assertTrue(d.sentences().stream().noneMatch(s -> s.part() == Sentence.Part.BODY
                && s.text().equals("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH")), "the plan's closing signature is no body text");
        for (Sentence s : d.sentences()) {
            assertEquals(s.text(), d.text().substring(s.start(), s.end()).replaceAll("\\s+", " ").strip(), "offsets");
        }
    }

    @Test
    void theAnnexTableIsOneSentencePerRow() throws DocumentException {
        List<String> rows = parse(QD_2820).sentences().stream().map(Sentence::text).filter(t -> t.contains(" | ")).toList();
        assertEquals(List.of(
                "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian dự kiến hoàn thành | Kết quả dự kiến | Nguồn kinh phí",
                "I | Hoàn thiện thể chế, ban hành quy định, hướng dẫn yêu cầu kỹ thuật để xây dựng và triển khai Hệ thống thông tin"
                        + " và cơ sở dữ liệu quốc gia về quy hoạch",
                "1 | Phối hợp rà soát, sửa đổi Luật Quy hoạch và xây dựng các văn bản quy phạm pháp luật có liên quan. | Sở Tài"
                        + " chính | Các sở, ngành, UBND xã, phường, đặc khu | Quý IV/2025 | Luật Quy hoạch, Quyết định của cấp có"
                        + " thẩm quyền | Chi thường xuyên hoặc nguồn vốn hợp pháp khác (nếu có)",
                "2 | Phối hợp xây dựng nội dung quy định việc xây dựng, cập nhật, duy trì và khai thác, sử dụng cơ sở dữ liệu quốc"
                        + " gia về quy hoạch. | Sở Tài chính | Các sở, ngành, UBND xã, phường, đặc khu | Năm 2025 - 2026 | Nghị định"),
                rows);
    }
}
