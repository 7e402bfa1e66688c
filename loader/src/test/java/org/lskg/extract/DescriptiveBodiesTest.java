package org.lskg.extract;

import org.junit.jupiter.api.Test;
import org.lskg.document.Sentence;
import org.lskg.resolve.EntityResolver;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies with a descriptive name ("Ban Chỉ đạo ...", "Trung tâm ...", "Cục ...") end before the verb they are
 * the actor of, a copula, an alternative or a table border; sentences from shared/eval/dev (named below).
 */
class DescriptiveBodiesTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard(Canonicalizer.none());

    private static List<String> agencies(String text) {
        Sentence s = new Sentence(0, 0, text.length(), text, Optional.empty(), Sentence.Part.BODY);
        return RECOGNIZER.recognise(s, Optional.empty()).stream()
                .filter(m -> m.category() == EntityCategory.AGENCY).map(EntityMention::label).toList();
    }

    @Test
    void theNameStopsAtTheActorsVerb() {
        // Công điện on smuggling before Tết (tvpl-8018a6f353d60a9e)
        List<String> f = agencies("Ban Chỉ đạo 389 quốc gia tăng cường kiểm tra, giám sát việc thực hiện của các bộ, ngành, địa phương.");
        assertTrue(f.contains("Ban Chỉ đạo 389 quốc gia"), f.toString());
        // Quyết định 2820/QĐ-UBND (tvpl-001c610b2efdcf0c)
        List<String> g = agencies("Trung tâm Chuyển đổi số Thành phố chủ trì, phối hợp với Công an Thành phố xây dựng phương án.");
        assertTrue(g.contains("Trung tâm Chuyển đổi số Thành phố"), g.toString());
        List<String> h = agencies("Chi cục Hải quan khu vực XI tăng cường công tác kiểm soát hàng hóa xuất nhập khẩu.");
        assertFalse(h.stream().anyMatch(a -> a.contains("tăng cường")), h.toString());
    }

    @Test
    void aNationalBodyWhoseNameSaysXaHoiIsNoCommunesBody() {
        // Quyết định 844/QĐ-TTg (hr-qd844-ttg-2026): "xã hội" is society, not the commune level
        EntityRecognizer known = EntityRecognizer.standard(EntityResolver.standard());
        String text = "Nâng cao năng lực của Cổng tiếp nhận dữ liệu khám bệnh, chữa bệnh bảo hiểm y tế của Bảo hiểm xã hội Việt Nam,"
                + " bảo đảm thông suốt, tiếp nhận dữ liệu kịp thời.";
        Sentence s = new Sentence(0, 0, text.length(), text, Optional.empty(), Sentence.Part.BODY);
        List<String> f = known.recognise(s, Optional.empty()).stream().map(m -> m.category().token() + ": " + m.label()).toList();
        assertTrue(f.contains("agency: Bảo hiểm xã hội Việt Nam"), f.toString());
        assertFalse(f.contains("place: Việt Nam"), "the country's name ends the body's: " + f);
        String letter = """
                ỦY BAN NHÂN DÂN
                THÀNH PHỐ HỒ CHÍ MINH
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 4240/UBND-VX
                Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025

                V/v khẩn trương hoàn thành cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức

                Kính gửi: Sở Nội vụ.

                Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau: giao Sở Nội vụ hướng dẫn các cơ quan hoàn thành việc cập nhật trước ngày 05 tháng 12 năm 2025.
                """;
        assertTrue(Docs.facts(known, Docs.parse(letter), EntityMention.class).stream()
                        .noneMatch(x -> x.category() == EntityCategory.PLACE && x.surface().contains("CỘNG HÒA")),
                "the state's name in the motto is no place the letter names");
    }

    @Test
    void aCopulaOrATableBorderIsNoPartOfTheName() {
        // Kế hoạch of Nghệ An on state secrets (tvpl-0a97eb9c3c536047)
        List<String> f = agencies("Phó Trưởng ban Thường trực Ban Chỉ đạo là Phó Chủ tịch Thường trực UBND tỉnh.");
        assertFalse(f.stream().anyMatch(a -> a.startsWith("Ban Chỉ đạo là")), f.toString());
        List<String> g = agencies("3 | Xây dựng phương án kết nối | Trung tâm Chuyển đổi số Thành phố | Sở Khoa học và Công nghệ | Năm 2026");
        assertTrue(g.contains("Trung tâm Chuyển đổi số Thành phố"), g.toString());
        // a body named with "các" stays whole (Chỉ thị of Cần Thơ on groundwater, tvpl-2847e16133f7b987)
        List<String> h = agencies("Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ chỉ đạo các đơn vị kinh doanh hạ tầng khu chế xuất.");
        assertTrue(h.contains("Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ"), h.toString());
    }
}
