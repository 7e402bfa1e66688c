package org.lskg.extract;

import org.lskg.document.DocumentException;
import org.lskg.document.DocumentParser;
import org.lskg.document.ParsedDocument;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Parses small documents written in the seeds' style, and runs one extractor over them. */
final class Docs {
    private Docs() {}

    static ParsedDocument parse(String text) {
        try {
            return DocumentParser.create().parse("test.txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    static <F extends Fact> List<F> facts(Extractor extractor, ParsedDocument doc, Class<F> type) {
        return Extractors.run(List.of(extractor), doc).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A resolution on next year's plan, in the layout of seed 003. */
    static final String RESOLUTION = """
            HỘI ĐỒNG NHÂN DÂN
            TỈNH CAO BẰNG
            Số: 45/NQ-HĐND
            Cao Bằng, ngày 10 tháng 12 năm 2024
            NGHỊ QUYẾT
            VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025
            QUYẾT NGHỊ:
            Điều 1. Thông qua mục tiêu, nhiệm vụ kế hoạch năm 2025 như sau:
            I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2025
            1. Các chỉ tiêu kinh tế
            - Tốc độ tăng trưởng kinh tế (GRDP): 8 – 8,5%.
            - Cơ cấu kinh tế: nông lâm nghiệp chiếm 20 - 21%, công nghiệp - xây dựng 26 - 27%.
            - Tổng thu ngân sách nhà nước trên địa bàn tối thiểu 2.650,5 tỷ đồng; kim ngạch xuất nhập khẩu đạt 1,2 tỷ USD.
            - Kim ngạch xuất khẩu tăng 10%.
            2. Các chỉ tiêu xã hội
            - 98% xã có đường ô tô đến trung tâm xã; 12 bác sĩ và 30 giường bệnh trên 1 vạn dân.
            - Giảm tỷ lệ hộ nghèo từ 4% trở lên.
            - Tạo việc làm mới cho 16.000 người.
            II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU
            1. Phấn đấu năm 2025 có thêm 08 xã đạt chuẩn nông thôn mới, 03 xã đạt chuẩn nông thôn mới nâng cao.
            2. Đẩy mạnh chuyển đổi số, kết nối đến 100% cơ quan nhà nước cấp xã. Thực hiện Đề án 06 của Chính phủ giai đoạn 2021 - 2025.
            Điều 2. Tổ chức thực hiện
            1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
            """;

    /** A monthly report in the layout of seed 002. */
    static final String REPORT = """
            ỦY BAN NHÂN DÂN
            TỈNH CAO BẰNG
            Số: 300/BC-UBND
            Cao Bằng, ngày 25 tháng 11 năm 2023
            BÁO CÁO
            Tình hình kinh tế - xã hội tháng 11 và 11 tháng năm 2023, nhiệm vụ trọng tâm tháng 12 năm 2023
            I. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 11 VÀ 11 THÁNG NĂM 2023
            1. Kinh tế
            Tổng kim ngạch xuất nhập khẩu lũy kế 11 tháng ước đạt 4.595 triệu USD, đạt 120,9% kế hoạch, tăng 70,6%.
            Tổng diện tích thu hoạch vụ mùa ước đạt 47.063,06 ha, đạt 102,3% kế hoạch và giảm 0,31% so với cùng kỳ.
            Trong tháng trồng được 524,74 ha rừng, lũy kế 11 tháng trồng được 9.800 ha, đạt 108,9% kế hoạch.
            Có thêm 10 xã đạt chuẩn nông thôn mới, vượt chỉ tiêu kế hoạch năm 2023.
            Đã khởi công 115/115 công trình hạ tầng tại 12 xã phấn đấu đạt chuẩn nông thôn mới năm 2023, tiến độ bình quân đạt khoảng 75%.
            II. NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2023
            1. Thực hiện quyết liệt các giải pháp thu ngân sách, phấn đấu thu đạt dự toán đề ra.
            """;
}
