package org.lskg.extract;

import org.junit.jupiter.api.Test;
import org.lskg.document.DocumentParser;
import org.lskg.document.ParsedDocument;
import org.lskg.resolve.EntityResolver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes in which real 2025 documents hand out tasks, each on a fragment cut from a state document
 * (Chỉ thị 06/CT-UBND of Quảng Trị, Thông báo 648/TB-VPCP and 634/TB-VPCP, Công điện 227/CĐ-TTg, Kế
 * hoạch 1026/KH-UBND of Nghệ An, Kế hoạch 174/KH-UBND and Quyết định 2820/QĐ-UBND of Thành phố Hồ Chí
 * Minh): commitment text, responsible bodies and deadline.
 */
class TaskShapesTest {

    private static final CommitmentExtractor EXTRACTOR =
            CommitmentExtractor.standard(EntityRecognizer.standard(EntityResolver.standard()));

    static List<Commitment> commitments(String text) {
        try {
            ParsedDocument doc = DocumentParser.create().parse("fragment.txt", text.getBytes(StandardCharsets.UTF_8));
            List<Commitment> out = new ArrayList<>();
            EXTRACTOR.extract(doc, f -> out.add((Commitment) f));
            return out;
        } catch (org.lskg.document.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    static Commitment starting(List<Commitment> cs, String words) {
        return cs.stream().filter(c -> c.text().startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment starting \"" + words + "\" in "
                        + cs.stream().map(Commitment::text).toList()));
    }

    static List<String> responsible(Commitment c) {
        return c.responsible().stream().map(r -> r.label() + "/" + r.role()).toList();
    }

    static Optional<String> deadline(Commitment c) {
        return c.deadline().map(d -> d.lastDay().toString());
    }

    private static final String CHI_THI_06 = """
            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG TRỊ
            Số: 06/CT-UBND                         Quảng Trị, ngày 25 tháng 11 năm 2025

            CHỈ THỊ
            Về việc tăng cường xử lý chồng lấn, lấn chiếm rừng và đất lâm nghiệp trên địa bàn tỉnh Quảng Trị

            Trong những năm qua, thực hiện chỉ đạo của Đảng, Chính phủ và Bộ Nông nghiệp và Môi trường, Tỉnh ủy, Ủy ban nhân dân tỉnh, các địa phương, đơn vị trên địa bàn tỉnh Quảng Trị đã tích cực triển khai thực hiện và đạt được kết quả nhất định trong việc quản lý, bảo vệ và phát triển rừng, xử lý chồng lấn, lấn chiếm rừng và đất lâm nghiệp. Tuy nhiên, số vụ vi phạm, diện tích chồng lấn, lấn chiếm rừng và đất lâm nghiệp vẫn còn tương đối lớn, chưa được xử lý, giải quyết dứt điểm; một số nơi còn xảy ra tình trạng phá rừng, lấn chiếm đất lâm nghiệp trái pháp luật nhưng chưa được xử lý kịp thời.

            Để tiếp tục thực hiện nghiêm Chỉ thị số 05/CT-TTg ngày 18/5/2022 của Thủ tướng Chính phủ về tăng cường công tác quản lý bảo vệ rừng, xử lý tình trạng phá rừng, lấn chiếm đất rừng trái pháp luật, Ủy ban nhân dân tỉnh yêu cầu:

            2. Sở Nông nghiệp và Môi trường

            - Tăng cường tham mưu, chỉ đạo quản lý nhà nước về rừng và đất lâm nghiệp; kiểm tra, xử lý nghiêm hành vi phá rừng, lấn chiếm đất lâm nghiệp trái pháp luật trên địa bàn tỉnh; đẩy mạnh việc ứng dụng công nghệ cao trong công tác quản lý, bảo vệ rừng.

            - Theo dõi, đôn đốc kết quả triển khai thực hiện của địa phương, đơn vị, tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12 hàng năm.

            3. Sở Tài chính

            - Trên cơ sở chức năng nhiệm vụ, chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí bảo vệ rừng, phòng cháy chữa cháy rừng cho các địa phương, đơn vị để thực hiện các nhiệm vụ quản lý bảo vệ rừng và phòng cháy chữa cháy rừng theo quy định.
            """;

    @Test
    void anEnumeratingHeadingNamesTheLeadOfItsItemsAndTheOpeningOfAChiThiIsNoTask() {
        List<Commitment> cs = commitments(CHI_THI_06);
        assertTrue(cs.stream().noneMatch(c -> c.text().startsWith("Trong những năm qua") || c.text().startsWith("Tuy nhiên")),
                "the situation a directive opens with is no task");
        assertEquals(List.of("Sở Nông nghiệp và Môi trường tỉnh Quảng Trị/LEAD"), responsible(starting(cs, "Tăng cường tham mưu")));
        assertEquals(Responsibility.Basis.HEADING, starting(cs, "Tăng cường tham mưu").responsible().get(0).basis());
        assertEquals(List.of("Sở Nông nghiệp và Môi trường tỉnh Quảng Trị/LEAD"), responsible(starting(cs, "đẩy mạnh việc ứng dụng")));
        assertEquals(Optional.of("2025-12-25"), deadline(starting(cs, "Theo dõi, đôn đốc")), "trước ngày 25/12 hàng năm");
        assertEquals(List.of("Sở Tài chính tỉnh Quảng Trị/LEAD"), responsible(starting(cs, "Trên cơ sở chức năng nhiệm vụ, chủ trì")),
                "Ủy ban nhân dân tỉnh is the body advised (tham mưu), not a partner");
    }

    private static final String TB_648 = """
            VĂN PHÒNG CHÍNH PHỦ
            Số: 648/TB-VPCP                         Hà Nội, ngày 27 tháng 11 năm 2025

            THÔNG BÁO
            Kết luận của Phó Thủ tướng Chính phủ Lê Thành Long tại buổi làm việc với lãnh đạo tỉnh Điện Biên

            Sau khi nghe Chủ tịch Ủy ban nhân dân tỉnh Điện Biên báo cáo; ý kiến của các đại biểu dự buổi làm việc; phát biểu của đồng chí Bí thư Tỉnh ủy Điện Biên, Phó Thủ tướng Chính phủ kết luận như sau:

            I. ĐÁNH GIÁ CHUNG

            Thay mặt Thủ tướng Chính phủ, biểu dương tinh thần nỗ lực, đoàn kết và cách làm sáng tạo của Đảng bộ, chính quyền và nhân dân tỉnh Điện Biên trong phát triển kinh tế - xã hội 10 tháng năm 2025. Tỉnh đã tích cực triển khai vận hành chính quyền 2 cấp thông suốt. Trong thời gian tới, Tỉnh tổ chức thực hiện nghiêm túc nhiệm vụ, chỉ tiêu Trung ương giao, bảo đảm hiệu quả, chất lượng, đúng tiến độ; tăng cường công tác thực tiễn, nắm sát tình hình về công tác cán bộ. Tập trung ưu tiên đầu tư các lĩnh vực giáo dục và y tế, đầu tư trang thiết bị, cơ sở vật chất đầy đủ cho các trạm y tế xã, phường.

            II. MỘT SỐ KIẾN NGHỊ CỦA TỈNH

            1. Về hỗ trợ kinh phí thực hiện dự án Bệnh án điện tử tại các cơ sở y tế: Giao Bộ Tài chính chủ trì, phối hợp với Bộ Y tế nghiên cứu tổng hợp chung kiến nghị của các địa phương (trong đó có tỉnh Điện Biên), báo cáo cấp có thẩm quyền xem xét, quyết định theo quy định.

            2. Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu thương: Tỉnh căn cứ các quy định hiện hành để sắp xếp bố trí xe ô tô phục vụ công tác, bảo đảm hiệu quả, tiết kiệm, phù hợp tiêu chuẩn định mức theo quy định. Trường hợp còn thiếu, Tỉnh tổng hợp nhu cầu, báo cáo Bộ Tài chính để được hướng dẫn hoặc trình cấp có thẩm quyền xem xét, quyết định.
            """;

    @Test
    void aConclusionNoticeAssignsAfterItsTopicAndCallsTheProvinceTinh() {
        List<Commitment> cs = commitments(TB_648);
        Commitment ehr = starting(cs, "Về hỗ trợ kinh phí");
        assertEquals(List.of("Bộ Tài chính/LEAD", "Bộ Y tế/PARTNER"), responsible(ehr), "the topic before the colon assigns no one");
        assertEquals(List.of("tỉnh Điện Biên/LEAD"), responsible(starting(cs, "Về việc hỗ trợ 20 xe")), "\"Tỉnh\" is the province");
        assertEquals(List.of("tỉnh Điện Biên/LEAD"), responsible(starting(cs, "Trường hợp còn thiếu")),
                "Bộ Tài chính only receives the report");
        assertTrue(cs.stream().noneMatch(c -> c.text().startsWith("Thay mặt Thủ tướng")), "praise is no task");
        assertEquals(List.of("tỉnh Điện Biên/LEAD"), responsible(starting(cs, "Trong thời gian tới, Tỉnh tổ chức")),
                "an assessment that turns to the time ahead hands out tasks");
        starting(cs, "Tập trung ưu tiên đầu tư các lĩnh vực giáo dục");
    }

    private static final String CD_227 = """
            THỦ TƯỚNG CHÍNH PHỦ
            Số: 227/CĐ-TTg                         Hà Nội, ngày 23 tháng 11 năm 2025

            CÔNG ĐIỆN
            V/v tập trung khắc phục hậu quả, khôi phục sản xuất kinh doanh, ổn định đời sống nhân dân sau mưa lũ tại khu vực Nam Trung Bộ

            Hiện nay, mưa đã giảm, lũ đã rút, cần tập trung khắc phục hậu quả lũ lụt, sớm khôi phục hoạt động sản xuất kinh doanh, nhanh chóng ổn định tình hình Nhân dân, Thủ tướng Chính phủ yêu cầu:

            1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng tiếp tục phân công nhiệm vụ cụ thể cho từng đồng chí trong Thường vụ, thường trực Tỉnh ủy, Ủy ban và lãnh đạo các Sở, Ban, ngành xuống tận phường, xã, bám sát cơ sở, trong đó tập trung một số nhiệm vụ sau:
            (3) Bố trí chỗ ở tạm; huy động lực lượng quân đội, công an,... hỗ trợ Nhân dân sửa chữa nhà cửa, hoàn thành trước ngày 30/11/2025; xây mới, tái định cư cho các hộ có nhà bị sập đổ, trôi, hư hỏng nặng, hoàn thành trước ngày 31/01/2026.
            2. Bộ trưởng Bộ Quốc phòng chỉ đạo Quân khu 5, Quân khu 7, các đơn vị quân đội đóng ở trong và gần khu vực bổ sung lực lượng, phương tiện hỗ trợ vận chuyển lương thực, thực phẩm, nhu yếu phẩm để tiếp tế, cứu trợ khẩn cấp cho Nhân dân. Bố trí máy bay trực thăng, thiết bị bay không người lái sẵn sàng bay thả hàng cứu trợ cho người dân tại các khu vực bị cô lập.
            7. Bộ trưởng Bộ Y tế chỉ đạo, hướng dẫn, hỗ trợ các địa phương khẩn trương khôi phục hoạt động của các cơ sở y tế, bảo đảm công tác điều trị, khám chữa bệnh cho Nhân dân. Không để người dân thiếu nơi điều trị, khám, chữa bệnh; hoàn thành trước ngày 30/11/2025.
            """;

    @Test
    void aCongDienHandsItsItemsToOfficesAndToTheBodiesOfEachListedProvince() {
        List<Commitment> cs = commitments(CD_227);
        List<String> provinces = List.of("Tỉnh ủy Đắk Lắk/LEAD", "Ủy ban nhân dân tỉnh Đắk Lắk/LEAD", "Tỉnh ủy Khánh Hòa/LEAD",
                "Ủy ban nhân dân tỉnh Khánh Hòa/LEAD", "Tỉnh ủy Gia Lai/LEAD", "Ủy ban nhân dân tỉnh Gia Lai/LEAD",
                "Tỉnh ủy Lâm Đồng/LEAD", "Ủy ban nhân dân tỉnh Lâm Đồng/LEAD");
        assertEquals(provinces, responsible(starting(cs, "Bí thư tỉnh ủy và Chủ tịch")),
                "a lead-in that states a task before its items is a commitment too");
        Commitment shelter = starting(cs, "(3) Bố trí chỗ ở tạm; huy động");
        assertEquals(provinces, responsible(shelter), "the heading's bodies lead its items");
        assertEquals(Optional.of("2025-11-30"), deadline(shelter), "a four-word clause stays with the next");
        assertEquals(Optional.of("2026-01-31"), deadline(starting(cs, "xây mới, tái định cư")));
        assertEquals("Bộ Quốc phòng/LEAD", responsible(starting(cs, "Bộ trưởng Bộ Quốc phòng")).get(0), "an office stands for its body");
        assertEquals(List.of("Bộ Quốc phòng/LEAD"), responsible(starting(cs, "Bố trí máy bay trực thăng")),
                "the next sentence of the item keeps its subject");
        Commitment health = starting(cs, "Không để người dân thiếu nơi điều trị");
        assertEquals(Optional.of("2025-11-30"), deadline(health), "a clause that only dates the task stays with it");
        assertEquals(List.of("Bộ Y tế/LEAD"), responsible(health));
    }

    private static final String TB_634 = """
            VĂN PHÒNG CHÍNH PHỦ
            Số: 634/TB-VPCP                         Hà Nội, ngày 22 tháng 11 năm 2025

            THÔNG BÁO
            Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại buổi làm việc với Thường trực Tỉnh ủy Thanh Hóa

            I. ĐÁNH GIÁ CHUNG

            Tỉnh Thanh Hóa cần nỗ lực, phấn đấu hơn nữa, khẩn trương khắc phục hiệu quả những tồn tại, hạn chế, huy động sự vào cuộc của cả hệ thống chính trị, cộng đồng doanh nghiệp và Nhân dân trên địa bàn để thực hiện thắng lợi các mục tiêu, nhiệm vụ năm 2025 nhiệm kỳ 2021-2025 của tỉnh.

            II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI

            Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ đạo, tập trung thực hiện các nhiệm vụ, giải pháp trên các lĩnh vực trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026 theo tinh thần chỉ đạo của Thủ tướng Chính phủ tại Hội nghị trực tuyến Chính phủ với các địa phương ngày 07 tháng 11 năm 2025; trong đó lưu ý một số nội dung trọng tâm sau:

            1. Đổi mới tư duy, tầm nhìn phát triển, khai thác tối đa nguồn lực bên trong, đặc biệt là phát huy truyền thống lịch sử, văn hóa; hình thành các vùng động lực làm đầu tàu phát triển.

            III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH

            4. Về đầu tư kho dầu thô dự trữ quốc gia: Để xác định vị trí cụ thể của dự án, Ủy ban nhân dân tỉnh Thanh Hóa phối hợp với Bộ Công Thương và các cơ quan liên quan rà soát kỹ các quy hoạch có liên quan trên địa bàn, bảo đảm tính phù hợp, không chồng lấn; đồng thời chủ động bố trí quỹ đất, thực hiện công tác giải phóng mặt bằng và tổ chức thu hút đầu tư dự án nêu trên, báo cáo Thủ tướng Chính phủ kết quả thực hiện trong tháng 12 năm 2025.
            """;

    @Test
    void aLeadInHandsItsBodyDownAndANamedSubjectThatMustActIsATaskEvenInAnAssessment() {
        List<Commitment> cs = commitments(TB_634);
        assertEquals(List.of("tỉnh Thanh Hóa/LEAD"), responsible(starting(cs, "Tỉnh Thanh Hóa cần nỗ lực")));
        assertEquals(List.of("Thường trực Tỉnh ủy Thanh Hóa/LEAD"), responsible(starting(cs, "Đề nghị Thường trực Tỉnh ủy")));
        Commitment item = starting(cs, "Đổi mới tư duy");
        assertEquals(List.of("Thường trực Tỉnh ủy Thanh Hóa/LEAD"), responsible(item));
        assertEquals(Responsibility.Basis.HEADING, item.responsible().get(0).basis());
        assertEquals(1, cs.stream().filter(c -> c.sentence().text().startsWith("Đổi mới tư duy")).count(),
                "a conclusion notice splits a sentence only where a clause names its own actor or deadline");
        Commitment store = starting(cs, "Về đầu tư kho dầu thô");
        assertEquals(List.of("Ủy ban nhân dân tỉnh Thanh Hóa/LEAD", "Bộ Công Thương/PARTNER"), responsible(store),
                "the subject after a leading adverbial");
        Commitment land = starting(cs, "đồng thời chủ động bố trí quỹ đất");
        assertEquals(Optional.of("2025-12-31"), deadline(land));
        assertEquals(List.of("Ủy ban nhân dân tỉnh Thanh Hóa/LEAD"), responsible(land));
    }

    private static final String KH_1026 = """
            ỦY BAN NHÂN DÂN
            TỈNH NGHỆ AN
            Số: 1026/KH-UBND                         Nghệ An, ngày 26 tháng 11 năm 2025

            KẾ HOẠCH
            Triển khai thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ

            I. MỤC ĐÍCH, YÊU CẦU

            1. Tiếp tục đẩy mạnh công tác tuyên truyền, phổ biến, quán triệt pháp luật bảo vệ bí mật nhà nước và các văn bản hướng dẫn thi hành.

            III. PHÂN CÔNG NHIỆM VỤ

            1. Công an tỉnh

            - Chủ trì, phối hợp Bộ Chỉ huy Quân sự tỉnh và sở, ngành có liên quan tham mưu xây dựng chính sách đặc thù về thu hút, đào tạo và đãi ngộ đối với đội ngũ cán bộ làm công tác bảo vệ bí mật nhà nước.

            - Tham mưu làm tốt công tác sơ, tổng kết việc triển khai thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ.
            """;

    @Test
    void aPlansAimsAreNoTasksAndAHeadingLeadsItemsThatNameOnlyPartners() {
        List<Commitment> cs = commitments(KH_1026);
        assertTrue(cs.stream().noneMatch(c -> c.text().startsWith("Tiếp tục đẩy mạnh công tác tuyên truyền")),
                "the aims under \"MỤC ĐÍCH, YÊU CẦU\" are no one's task");
        assertEquals(List.of("Bộ Chỉ huy Quân sự tỉnh Nghệ An/PARTNER", "Công an tỉnh Nghệ An/LEAD"),
                responsible(starting(cs, "Chủ trì, phối hợp Bộ Chỉ huy")));
        assertEquals(List.of("Công an tỉnh Nghệ An/LEAD"), responsible(starting(cs, "Tham mưu làm tốt")));
    }

    private static final String KH_174 = """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ HỒ CHÍ MINH
            Số: 174/KH-UBND                         Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025

            KẾ HOẠCH
            Triển khai các nhiệm vụ trọng tâm cuối năm 2025 lĩnh vực Bình đẳng giới

            III. NỘI DUNG HOẠT ĐỘNG

            1. Nâng cao nhận thức của chính quyền các cấp, các ngành, các tổ chức và người dân về chính sách, pháp luật có liên quan đến phòng ngừa, ứng phó với bạo lực trên cơ sở giới.

            a) Hoạt động 1

            - Nội dung: Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12) và hưởng ứng “Ngày Quốc tế xóa bỏ mọi hình thức bạo lực đối với phụ nữ”.

            - Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, báo, đài và các đơn vị có liên quan.
            """;

    @Test
    void theLabelledLinesOfAPlansActivityGiveItsBodiesAndAGroupTitleIsNoTask() {
        List<Commitment> cs = commitments(KH_174);
        assertEquals(1, cs.size(), cs.stream().map(Commitment::text).toList().toString());
        Commitment c = starting(cs, "Nội dung: Triển khai Tháng hành động");
        assertTrue(responsible(c).get(0).startsWith("Sở Nội vụ"), responsible(c).toString());
        assertEquals(Optional.of("2025-12-31"), deadline(c), "the plan's title frames it: cuối năm 2025");
    }

    /** Công văn 11554/VPCP-V.I (2025): a report that closes a task dates it and is no task of its own. */
    @Test
    void aDatedReportClosingATaskIsItsDeadline() {
        List<Commitment> cs = commitments("""
                VĂN PHÒNG CHÍNH PHỦ
                Số: 11554/VPCP-V.I                    Hà Nội, ngày 25 tháng 11 năm 2025
                V/v nâng cao hiệu quả công tác chống buôn lậu, gian lận thương mại và hàng giả

                Kính gửi: Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia.

                3. Bộ Tài chính (Cơ quan Thường trực Ban Chỉ đạo 389 quốc gia):

                3.3. Khẩn trương tiến hành sơ kết 6 tháng việc thực hiện Chỉ thị số 13/CT- TTg ngày 17 tháng 5 năm 2025 của Thủ tướng Chính phủ về tăng cường công tác chống buôn lậu, gian lận thương mại và hàng giả trong tình hình mới, kiến nghị các biện pháp cần làm trong thời gian tới nhằm nâng cao hiệu quả công tác này; báo cáo Thủ tướng Chính phủ kết quả trước ngày 30 tháng 11 năm 2025.
                """);
        assertTrue(cs.stream().noneMatch(c -> c.text().startsWith("báo cáo Thủ tướng")), cs.toString());
        assertEquals(Optional.of("2025-11-30"), deadline(starting(cs, "Khẩn trương tiến hành sơ kết")));
    }

    /**
     * Kế hoạch 174/KH-UBND of Thành phố Hồ Chí Minh (2025): an item that only gives the time ("b) Thời gian: ...")
     * dates the activities listed beside it.
     */
    @Test
    void aTimeItemDatesTheItemsBesideIt() {
        List<Commitment> cs = commitments("""
                ỦY BAN NHÂN DÂN
                THÀNH PHỐ HỒ CHÍ MINH
                Số: 174/KH-UBND                    Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2025

                KẾ HOẠCH
                Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025

                II. MỤC TIÊU CỦA KẾ HOẠCH

                2. Tháng hành động

                a) Chủ đề Tháng hành động năm 2025

                “Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số”.

                b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.

                d) Các hoạt động chính

                Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:

                - Lồng ghép tổ chức Lễ phát động, các hoạt động hưởng ứng Tháng hành động với hình thức phù hợp.

                - Tăng cường kiểm tra về bình đẳng giới và vì sự tiến bộ của phụ nữ trong Tháng hành động.
                """);
        assertEquals(Optional.of("2025-12-15"), deadline(starting(cs, "Lồng ghép tổ chức Lễ phát động")));
        assertEquals(Optional.of("2025-12-15"), deadline(starting(cs, "Tăng cường kiểm tra về bình đẳng giới")));
    }

    /**
     * Kế hoạch 174/KH-UBND of Thành phố Hồ Chí Minh (2025): "Theo dõi, ..." is a verb, not an adverbial before a
     * subject; "đoàn thể Thành phố" says whose collective it is and names no body.
     */
    @Test
    void aMonitoringVerbAndTheCitysCollectivesNameNoActor() {
        List<Commitment> cs = commitments("""
                ỦY BAN NHÂN DÂN
                THÀNH PHỐ HỒ CHÍ MINH
                Số: 174/KH-UBND                    Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2025

                KẾ HOẠCH
                Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025

                V. TỔ CHỨC THỰC HIỆN

                1. Sở Nội vụ (Cơ quan thường trực Ban Vì sự tiến bộ phụ nữ và Bình đẳng giới Thành phố):

                - Phối hợp với sở, ban, ngành, đoàn thể Thành phố hướng dẫn chuyên môn cho các xã, phường, đặc khu triển khai Kế hoạch.

                - Theo dõi, tổng hợp báo cáo từ các sở, ban, ngành, đoàn thể Thành phố và Ủy ban nhân dân phường, xã, đặc khu về kết quả triển khai thực hiện Kế hoạch này.

                2. Thủ trưởng các sở, ban, ngành, đoàn thể Thành phố

                - Quan tâm thực hiện công tác cán bộ nữ; chủ động nắm bắt và giải quyết kịp thời các nội dung, vấn đề cán bộ, công chức, viên chức, người lao động nữ tại cơ quan, đơn vị quan tâm.
                """);
        assertEquals(List.of("Sở Nội vụ thành phố Hồ Chí Minh/LEAD"), responsible(starting(cs, "Theo dõi, tổng hợp báo cáo")));
        assertEquals(List.of(), responsible(starting(cs, "Quan tâm thực hiện công tác cán bộ nữ")));
    }
}
