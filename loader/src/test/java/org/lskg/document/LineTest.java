package org.lskg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineTest {

    private static List<String> cells(String text) {
        return new Line(0, 100, text).cells().stream().map(Line.Cell::text).toList();
    }

    @Test
    void columnsOfAPdfHeaderAreSplitAtThreeSpaces() {
        String text = "  UỶ BAN NHÂN DÂN         CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        List<Line.Cell> cells = new Line(3, 100, text).cells();
        assertEquals(List.of("UỶ BAN NHÂN DÂN", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                cells.stream().map(Line.Cell::text).toList());
        assertEquals(102, cells.get(0).start());
        assertEquals(2, cells.get(0).column());
        assertEquals(text.indexOf("CỘNG"), cells.get(1).column());
    }

    @Test
    void twoSpacesJoinAndOtherWhitespaceSplits() {
        assertEquals(List.of("Số:  15/TB-UBND", "Lạng Sơn"), cells("Số:  15/TB-UBND   Lạng Sơn"));
        assertEquals(List.of("a", "b"), cells("a\tb"));
        assertEquals(List.of("a b"), cells(" a b  "));
        assertEquals(List.of(), cells("     "));
    }

    @Test
    void aTwoMegabyteLineOfWordsIsOneCellWithoutOverflow() {
        String words = "quy hoạch  tỉnh ".repeat(130_000).strip();
        List<String> cells = cells(words);
        assertEquals(1, cells.size());
        assertEquals(words, cells.get(0));
    }
}
