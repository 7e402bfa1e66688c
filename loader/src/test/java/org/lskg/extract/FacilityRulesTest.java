package org.lskg.extract;

import org.junit.jupiter.api.Test;
import org.lskg.document.Sentence;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Projects and programmes as 2025 documents nobody tuned for write them, each sentence cut from a state
 * document of shared/eval/dev or shared/corpus-real (named in each test).
 */
class FacilityRulesTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard(Canonicalizer.none());

    private static List<String> found(String text) {
        Sentence s = new Sentence(0, 0, text.length(), text, Optional.empty(), Sentence.Part.BODY);
        return RECOGNIZER.recognise(s, Optional.empty()).stream()
                .map(m -> m.category().token() + ": " + m.label()).toList();
    }

    private static boolean anyStarts(List<String> found, String prefix) {
        return found.stream().anyMatch(f -> f.startsWith(prefix));
    }

    @Test
    void nationalDatabasesByTheirTopic() {
        // Quyết định 844/QĐ-TTg (hr-qd844-ttg-2026), Kế hoạch hành động, mục II.6
        List<String> f = found("Bảo đảm việc kết nối, chia sẻ và liên thông, đồng bộ giữa Cơ sở dữ liệu quốc gia về bảo hiểm y tế,"
                + " Cơ sở dữ liệu quốc gia về y tế, Cơ sở dữ liệu quốc gia về dân cư và các cơ sở dữ liệu của các bộ, ngành.");
        assertTrue(f.containsAll(List.of("project: Cơ sở dữ liệu quốc gia về bảo hiểm y tế",
                "project: Cơ sở dữ liệu quốc gia về y tế", "project: Cơ sở dữ liệu quốc gia về dân cư")), f.toString());
        // Công văn 4240/UBND-VX of Thành phố Hồ Chí Minh (tvpl-a12a41bbbe518be8): a short list is the topic
        List<String> g = found("Để hoàn thành việc cập nhật, đồng bộ với Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức theo"
                + " yêu cầu của Bộ Nội vụ, Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:");
        assertTrue(g.contains("project: Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức"), g.toString());
        // Quyết định 2820/QĐ-UBND of Thành phố Hồ Chí Minh (tvpl-001c610b2efdcf0c), appendix row
        List<String> h = found("Tham gia rà soát, đơn giản hóa các thủ tục hành chính liên quan đến quy hoạch dựa trên việc khai thác,"
                + " tái sử dụng dữ liệu của Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.");
        assertTrue(h.contains("project: Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch"), h.toString());
        // a report of the Government's Steering Committee on Đề án 06 (corpus-real tvpl-74e2ddc7b11340da)
        List<String> j = found("Về phía ngành Ngân hàng, để thúc đẩy việc triển khai dịch vụ chi trả an sinh xã hội trên nền tảng Cơ sở dữ"
                + " liệu quốc gia về dân cư, định danh và xác thực điện tử trong thời gian tới, NHNN đã chỉ đạo.");
        assertTrue(j.contains("project: Cơ sở dữ liệu quốc gia về dân cư"), "one item before \"và\" is no list of topics: " + j);
        List<String> k = found("45. | Kết nối liên thông với Cơ sở dữ liệu quốc gia về dân cư. | Kế hoạch 02 | Bộ Công an | 31/07/2025 |");
        assertFalse(k.stream().anyMatch(x -> x.contains("|")), "a cell's border ends a name: " + k);
        List<String> i = found("Cập nhật, chia sẻ và đồng bộ dữ liệu về Trung tâm dữ liệu quốc gia theo đúng cơ chế phân cấp dữ liệu.");
        assertTrue(i.contains("project: Trung tâm dữ liệu quốc gia"), i.toString());
    }

    @Test
    void factoriesEconomicZonesAndWorksProjects() {
        // Thông báo kết luận on Thanh Hóa (tvpl-24701a1c97c8c368)
        List<String> f = found("Về mở rộng dự án giai đoạn 2 của Nhà máy lọc hóa dầu Nghi Sơn: giao Tập đoàn Công nghiệp - Năng lượng"
                + " Quốc gia Việt Nam làm việc cụ thể với các cổ đông.");
        assertTrue(f.contains("project: Nhà máy lọc hóa dầu Nghi Sơn"), f.toString());
        List<String> g = found("Về dự án đầu tư xây dựng công trình nạo vét luồng tàu vào khu bến cảng Nghi Sơn tại Khu kinh tế Nghi Sơn:"
                + " Bộ Xây dựng khẩn trương rà soát.");
        assertTrue(g.contains("project: Khu kinh tế Nghi Sơn"), g.toString());
        assertTrue(g.contains("project: Dự án đầu tư xây dựng công trình nạo vét luồng tàu vào khu bến cảng Nghi Sơn"), g.toString());
        // Thông báo 648/TB-VPCP (tvpl-296e373d796986f4)
        List<String> h = found("Về dự án xây dựng đường cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang; dự án nâng cấp đường từ"
                + " Quốc lộ 12 đến cửa khẩu A Pa Chải: Tỉnh thực hiện theo chỉ đạo của Tổng Bí thư.");
        assertTrue(h.contains("project: Dự án nâng cấp đường từ Quốc lộ 12 đến cửa khẩu A Pa Chải"), h.toString());
        // a kind of project, no one project (corpus-real, Hà Nội's social housing decisions)
        List<String> i = found("Chủ đầu tư dự án đầu tư xây dựng nhà ở xã hội độc lập trên địa bàn thành phố Hà Nội có trách nhiệm báo cáo.");
        assertFalse(anyStarts(i, "project: Dự án"), i.toString());
    }

    @Test
    void programmeNamesThatListTheirParts() {
        // Quyết định 2820/QĐ-UBND (tvpl-001c610b2efdcf0c), mục IV
        List<String> f = found("Phối hợp với Sở Khoa học và Công nghệ xây dựng và trình Ủy ban nhân dân Thành phố phê duyệt Kế hoạch sao"
                + " lưu, phục hồi dữ liệu và ứng phó sự cố hằng năm; trong đó quy định cụ thể chu kỳ sao lưu.");
        assertTrue(anyStarts(f, "program: Kế hoạch sao lưu, phục hồi dữ liệu và ứng phó sự cố"), f.toString());
        // Kế hoạch 174/KH-UBND of Thành phố Hồ Chí Minh (tvpl-31fb08f34535fce3)
        List<String> g = found("Căn cứ Quyết định số 101/QĐ-TTg ngày 25 tháng 01 năm 2024 của Thủ tướng Chính phủ về phê duyệt"
                + " “Chương trình hành động quốc gia về Phụ nữ, hòa bình và an ninh giai đoạn 2024 - 2030”;");
        assertTrue(g.contains("program: Chương trình hành động quốc gia về Phụ nữ, hòa bình và an ninh giai đoạn 2024 - 2030"), g.toString());
    }

    @Test
    void aPlanThatNamesItselfIsNoEntityOfIts() {
        // Kế hoạch of UBND tỉnh Nghệ An on state secrets (shared/eval/dev tvpl-0a97eb9c3c536047)
        String kh = """
                ỦY BAN NHÂN DÂN
                TỈNH NGHỆ AN
                Số: 1026/KH-UBND                         Nghệ An, ngày 26 tháng 11 năm 2025

                KẾ HOẠCH
                Triển khai thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ

                Thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh Nghệ An như sau:

                I. MỤC ĐÍCH, YÊU CẦU

                1. Triển khai Kế hoạch sao lưu, phục hồi dữ liệu và ứng phó sự cố hằng năm.
                """;
        List<String> programs = Docs.facts(RECOGNIZER, Docs.parse(kh), EntityMention.class).stream()
                .filter(m -> m.category() == EntityCategory.PROGRAM).map(EntityMention::label).toList();
        assertFalse(programs.stream().anyMatch(p -> p.startsWith("Kế hoạch triển khai thực hiện")), programs.toString());
        assertTrue(programs.stream().anyMatch(p -> p.startsWith("Kế hoạch sao lưu")), "another plan stays: " + programs);
    }

    @Test
    void wordsThatAreNoProgramme() {
        // a body named after its field, a law, a regulation's title, a plan named by its head alone
        // (tvpl-001c610b2efdcf0c, hr-qd844-ttg-2026)
        List<String> f = found("Phối hợp với Sở Xây dựng, Sở Quy hoạch - Kiến trúc và Sở Nông nghiệp và Môi trường hướng dẫn các đơn vị"
                + " cập nhật, rà soát, sửa đổi Luật Quy hoạch sửa đổi.");
        assertFalse(anyStarts(f, "program:"), f.toString());
        List<String> g = found("Căn cứ Nghị quyết số 66.2/2025/NQ-CP ngày 28 tháng 8 năm 2025 của Chính phủ Quy định xử lý khó khăn,"
                + " vướng mắc trong việc lập, điều chỉnh quy hoạch;");
        assertFalse(anyStarts(g, "program:"), g.toString());
        List<String> h = found("Bộ Tài chính chủ trì, phối hợp với các bộ, ngành, địa phương bảo đảm nguồn kinh phí thực hiện Kế hoạch"
                + " theo quy định của pháp luật về ngân sách; Bộ Y tế theo dõi việc triển khai thực hiện Chương trình hành động.");
        assertFalse(anyStarts(h, "program:"), h.toString());
        List<String> i = found("Các bộ, ngành tổ chức xây dựng và triển khai kế hoạch thực hiện Chỉ thị số 52-CT/TW, Kế hoạch hành động"
                + " trong quý II năm 2026.");
        assertFalse(anyStarts(i, "program:"), "when it is due is no part of a name: " + i);
    }
}
