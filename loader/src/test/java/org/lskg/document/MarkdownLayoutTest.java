package org.lskg.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The layout step on lines of real web copies: which breaks are soft, which tables are laid out. */
class MarkdownLayoutTest {

    private static List<String> join(String text) {
        return MarkdownLayout.joinSoftWraps(List.of(text.split("\n", -1)));
    }

    private static List<String> layOut(String text) {
        return List.of(new MarkdownLayout().apply(text).split("\n", -1));
    }

    @Test
    void aBreakInsideEmphasisIsSoft() {
        assertEquals(List.of("**ỦY BAN NHÂN DÂN**", "**TỈNH BẮC NINH**"), join("**ỦY BAN NHÂN\nDÂN**\n**TỈNH BẮC NINH**"));
        assertEquals(List.of("*Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2025*"),
                join("*Thành phố Hồ Chí\nMinh, ngày 21 tháng 11 năm 2025*"));
    }

    @Test
    void aMarkerThatNeverClosesJoinsNothing() {
        assertEquals(List.of("*Hà Nội, ng**ày 01 tháng 12 năm 2025*"), join("*Hà Nội, ng**ày\n01 tháng 12 năm 2025*"));
        assertEquals(List.of("8.* **Xử lý dữ liệu* là quá trình", "tiếp nhận"), join("8.* **Xử lý dữ liệu* là quá trình\ntiếp nhận"));
    }

    @Test
    void titleAndSignatureLinesInOneSpanStayApart() {
        assertEquals(List.of("**BÁO CÁO", "Tình hình kinh tế - xã hội tháng 11**"),
                join("**BÁO CÁO\nTình hình kinh tế - xã hội tháng 11**"));
        assertEquals(List.of("**TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH**"),
                join("**TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**"));
        assertEquals(List.of("**KT. CHỦ TỊCH **", "PHÓ CHỦ TỊCH"), join("**KT.\nCHỦ TỊCH **\nPHÓ CHỦ TỊCH"));
    }

    @Test
    void numberAndDateJoinTheirLabel() {
        assertEquals(List.of("Số: 87/2025/QĐ-UBND"), join("Số:\n87/2025/QĐ-UBND"));
        assertEquals(List.of("Số: 3783/QĐ-UBND"), join("Số: 3783/QĐ-\nUBND"));
        assertEquals(List.of("Hà Nội, ngày 21 tháng 11 năm 2025"), join("Hà Nội, ngày 21 tháng\n11 năm 2025"));
        assertEquals(List.of("Hà Nội, ngày 21 tháng 11 năm 2025"), join("Hà Nội,\nngày 21 tháng 11 năm 2025"));
        assertEquals(List.of("Căn cứ Luật Thương mại", "ngày 14/6/2005;"), join("Căn cứ Luật Thương mại\nngày 14/6/2005;"));
    }

    @Test
    void headerRowsInCellRunsAreLaidOutInTwoColumns() {
        List<String> out = layOut("|\n**BỘ TƯ PHÁP**\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n"
                + "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 24/2025/TT-BTP\n|\n"
                + "*Hà Nội, ngày 27 tháng 11 năm 2025*\n|\n\n**THÔNG TƯ**");
        assertEquals(List.of("",
                "BỘ TƯ PHÁP                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "--------                                Độc lập - Tự do - Hạnh phúc",
                "                                        ---------------",
                "Số: 24/2025/TT-BTP                      Hà Nội, ngày 27 tháng 11 năm 2025",
                "", "", "**THÔNG TƯ**"), out);
    }

    @Test
    void rowsOnOneLineGetTheirLineBreaksBack() {
        // the pipe line after the row is an empty row of the same table
        List<String> out = layOut("CHÍNH PHỦ__________ Số: 170/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập"
                + " - Tự do - Hạnh phúc______________________\n|\n\n**NGHỊ ĐỊNH**");
        assertEquals(List.of("",
                "CHÍNH PHỦ                               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 170/2025/NĐ-CP                      Độc lập - Tự do - Hạnh phúc",
                "", "", "**NGHỊ ĐỊNH**"), out);
    }

    @Test
    void aDataTableIsLeftAsItIs() {
        String table = "|\n**STT**\n|\n**Tên lĩnh vực**\n|\n|\n1\n|\nGiới thiệu, quảng bá sản phẩm nông sản.\n|";
        assertEquals(List.of(table.split("\n")), layOut(table));
    }

    @Test
    void runningTextIsNeverTheLeftCellOfALayoutRow() {
        // read from the pipe that closed the addressees, the body and the recipients would make a "row"
        String text = "|\n- Bộ trưởng các Bộ;\n|\n6. Văn phòng Chính phủ theo dõi, đôn đốc thực hiện Công điện này./.\n"
                + "|\nNơi nhận:\n- Như trên;\n|\n**THỦ TƯỚNG**\nPhạm Minh Chính\n|";
        List<String> out = layOut(text);
        assertEquals("6. Văn phòng Chính phủ theo dõi, đôn đốc thực hiện Công điện này./.", out.get(3));
        assertEquals("Nơi nhận:                               THỦ TƯỚNG", out.get(5));
        assertEquals("- Như trên;                             Phạm Minh Chính", out.get(6));
    }
}
