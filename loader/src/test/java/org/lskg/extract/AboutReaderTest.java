package org.lskg.extract;

import org.junit.jupiter.api.Test;
import org.lskg.document.AttachedTextsTestAccess;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a task is about when it does not name it again: the topic of a conclusion notice, the group row of a
 * plan's task table, the plan a decision issues. Fragments of Thông báo 623/TB-VPCP (Đắk Lắk,
 * tvpl-826ed569ec2ddaa1), 648/TB-VPCP (Điện Biên, tvpl-296e373d796986f4), Quyết định 844/QĐ-TTg
 * (hr-qd844-ttg-2026), Quyết định 2820/QĐ-UBND of Thành phố Hồ Chí Minh and seed 001 (320/TB-VPCP).
 */
class AboutReaderTest {

    private static List<String> about(Commitment c) {
        return c.about().stream().map(EntityMention::label).toList();
    }

    private static final String TB_623 = """
            VĂN PHÒNG CHÍNH PHỦ
            Số: 623/TB-VPCP                         Hà Nội, ngày 20 tháng 11 năm 2025

            THÔNG BÁO
            Kết luận của Phó Thủ tướng Chính phủ Mai Văn Chính tại buổi làm việc với lãnh đạo tỉnh Đắk Lắk

            III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH

            3. Về kiến nghị đầu tư xây dựng tuyến cao tốc kết nối đoạn từ cao tốc Bắc - Nam phía Đông đến Quốc lộ 14:

            Đề nghị Ủy ban nhân dân tỉnh Đắk Lắk chủ trì, phối hợp với Bộ Xây dựng để làm rõ sự cần thiết và tính khả thi, làm cơ sở lựa chọn hình thức đầu tư phù hợp, trong đó có phương thức đối tác công tư PPP.

            7. Về dự án xây dựng đường cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang; dự án nâng cấp đường từ Quốc lộ 12 đến cửa khẩu A Pa Chải: Tỉnh thực hiện theo chỉ đạo của Tổng Bí thư Tô Lâm tại Thông báo số 75-TB/VPTW ngày 04 tháng 8 năm 2025.

            Tỉnh nghiên cứu lập báo cáo tiền khả thi của dự án, báo cáo cấp có thẩm quyền xem xét, quyết định.
            """;

    @Test
    void itemsUnderATopicConcernTheWorksItNames() {
        List<Commitment> cs = TaskShapesTest.commitments(TB_623);
        List<String> road = about(TaskShapesTest.starting(cs, "Đề nghị Ủy ban nhân dân tỉnh Đắk Lắk"));
        assertTrue(road.contains("Quốc lộ 14"), "the topic line above the item: " + road);
        List<String> study = about(TaskShapesTest.starting(cs, "Tỉnh nghiên cứu lập báo cáo"));
        assertTrue(study.contains("Dự án nâng cấp đường từ Quốc lộ 12 đến cửa khẩu A Pa Chải"),
                "a topic run into its first task holds for the next paragraph: " + study);
        assertTrue(study.contains("Cửa khẩu Tây Trang"), study.toString());
    }

    private static final String TB_320 = """
            VĂN PHÒNG CHÍNH PHỦ
            Số: 320/TB-VPCP                         Hà Nội, ngày 28 tháng 11 năm 2021

            THÔNG BÁO
            Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại buổi làm việc với lãnh đạo tỉnh Lạng Sơn

            III. VỀ CÁC KIẾN NGHỊ CỦA TỈNH

            1. Đối với dự án thành phần 2 thuộc Dự án đầu tư xây dựng tuyến cao tốc Bắc Giang - Lạng Sơn:

            Ủy ban nhân dân tỉnh Lạng Sơn chịu trách nhiệm thực hiện dứt điểm công tác giải phóng mặt bằng.
            """;

    @Test
    void aWorkThatOnlyQualifiesTheTopicIsNotItsSubject() {
        List<String> a = about(TaskShapesTest.starting(TaskShapesTest.commitments(TB_320), "Ủy ban nhân dân tỉnh Lạng Sơn chịu"));
        assertFalse(a.contains("Dự án cao tốc Bắc Giang - Lạng Sơn"), "\"thuộc Dự án ...\" qualifies the part: " + a);
    }

    @Test
    void rowsOfATaskTableConcernTheWorkOfTheirGroupRow() {
        List<Commitment> cs = TaskShapesTest.commitments(AttachedTextsTestAccess.QD_2820);
        List<String> law = about(TaskShapesTest.starting(cs, "Phối hợp rà soát, sửa đổi Luật Quy hoạch"));
        assertTrue(law.contains("Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch"), law.toString());
    }

    private static final String QD_844 = """
            THỦ TƯỚNG CHÍNH PHỦ
            Số: 844/QĐ-TTg                         Hà Nội, ngày 13 tháng 5 năm 2026

            QUYẾT ĐỊNH
            Ban hành Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới

            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới.

            Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

            KẾ HOẠCH HÀNH ĐỘNG

            III. TỔ CHỨC THỰC HIỆN

            5. Bộ Tài chính chủ trì, phối hợp với các bộ, ngành, địa phương bảo đảm nguồn kinh phí thực hiện Kế hoạch theo quy định của pháp luật về ngân sách, phù hợp khả năng cân đối ngân sách nhà nước hằng năm.
            """;

    @Test
    void aPlanNamedByItsHeadWordIsThePlanTheDecisionIssues() {
        List<String> a = about(TaskShapesTest.starting(TaskShapesTest.commitments(QD_844), "Bộ Tài chính chủ trì"));
        assertTrue(a.stream().anyMatch(l -> l.startsWith("Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW")), a.toString());
    }
}
