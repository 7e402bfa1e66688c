package org.lskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellsTest {

    private static List<String> texts(String line) {
        return Cells.of(line).stream().map(s -> s.of(line)).toList();
    }

    @Test
    void theTwoColumnsOfAHeaderLine() {
        String line = "BỘ TÀI CHÍNH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        assertEquals(List.of("BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), texts(line));
        assertEquals(new Cells.Span(26, line.length()), Cells.of(line).get(1));
    }

    @Test
    void exactlyThreeSpacesSeparateAndTabsAlwaysDo() {
        assertEquals(List.of("Số: 148/2025/TT-BTC", "Hà Nội,  ngày 30"), texts("Số: 148/2025/TT-BTC   Hà Nội,  ngày 30"));
        assertEquals(List.of("a", "b"), texts("a\tb"));
        assertEquals(List.of(), texts(""));
    }

    @Test
    void aTwoMegabyteLineIsScannedWithoutRecursion() {
        String line = "tỉnh Lạng Sơn  và ".repeat(120_000) + "   Cao Bằng";
        List<Cells.Span> cells = Cells.of(line);
        assertEquals(2, cells.size());
        assertEquals("Cao Bằng", cells.get(1).of(line));
    }
}
