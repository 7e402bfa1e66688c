package org.lskg.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Folding, casing and date expressions of Vietnamese text. */
class TextTest {

    @Test
    void keyNeutralisesTonePlacementAndCompositionButKeepsDiacritics() {
        assertEquals(Fold.key("Hòa Bình"), Fold.key("Hoà Bình"));
        assertEquals(Fold.key("Tỉnh ủy"), Fold.key("Tỉnh uỷ"));
        assertEquals(Fold.key("chặt"), Fold.key("cha\u0306\u0323t")); // decomposed, as in seed 003
        assertNotEquals(Fold.key("Đình Lập"), Fold.key("Đinh Lập"));
        assertEquals("dinh lap", Fold.ascii("Đình Lập"));
        assertEquals("van-phong-chinh-phu", Fold.slug("Văn phòng Chính phủ"));
    }

    @Test
    void headerCapitalsBecomeRunningTextCase() {
        assertEquals("Ủy ban nhân dân tỉnh Lào Cai", Casing.bodyName("ỦY BAN NHÂN DÂN TỈNH LÀO CAI"));
        assertEquals("Sở Nông nghiệp và Môi trường", Casing.bodyName("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"));
        assertEquals("Bộ Lao động - Thương binh và Xã hội", Casing.bodyName("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"));
        assertEquals("Về mục tiêu, nhiệm vụ kế hoạch năm 2024", Casing.sentence("VỀ MỤC TIÊU, NHIỆM VỤ KẾ HOẠCH NĂM 2024"));
    }

    @Test
    void datesInWordsNumbersAndMonthOnly() {
        List<DateMention> all = DateMention.findAll(
                "ngày 28 tháng 11 năm 2021; Nghị quyết 128/NQ-CP ngày 11/10/2021; trong tháng 02/2024; 199/200 xã");
        assertEquals(List.of("2021-11-28", "2021-10-11", "2024-02"), all.stream().map(DateMention::iso).toList());
        assertEquals("2024-01", DateMention.first("Lạng Sơn, ngày   tháng 01 năm 2024").orElseThrow().iso());
        assertEquals("1997-10-01", DateMention.first("ngày 01-10-1997").orElseThrow().iso());
    }

    @Test
    void abbreviationsAreExactAndCaseSensitive() {
        Abbreviations a = Abbreviations.standard();
        assertEquals("Văn phòng Chính phủ", a.lookup("VPCP").orElseThrow().expansion());
        assertEquals(Abbreviations.Kind.LOCAL, a.lookup("UBND").orElseThrow().kind());
        assertEquals("Kế hoạch và Đầu tư", a.lookup("KH&ĐT").orElseThrow().expansion());
    }
}
