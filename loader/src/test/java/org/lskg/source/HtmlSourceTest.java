package org.lskg.source;

import org.junit.jupiter.api.Test;
import org.lskg.testing.SourceFixtures;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A saved page of a provincial portal: menus and scripts around the document, its header in a table. */
class HtmlSourceTest {

    @Test
    void bodyBlocksAsLinesHeaderTableAsCellsChromeDropped() throws SourceException {
        SourceText t = SourceReader.create().read("tb-45.html", SourceFixtures.HTML_PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals(SourceFormat.HTML, t.format());
        assertEquals("UTF-8", t.encoding());
        assertEquals("Portal CMS 4", t.producer().orElseThrow());
        assertEquals("""
                ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH LẠNG SƠN                   Độc lập - Tự do - Hạnh phúc
                Số: 45/TB-UBND                  Lạng Sơn, ngày 04 tháng 3 năm 2024
                THÔNG BÁO
                Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Xây dựng
                Ngày 01/3/2024, Chủ tịch UBND tỉnh đã làm việc với Sở Xây dựng.
                1. Giao Sở Xây dựng hoàn thành hồ sơ trước ngày\u00A030/4/2024.
                """, t.text());
    }

    @Test
    void aPageWithoutAnHtmlNameIsRecognisedByItsStart() throws SourceException {
        SourceText t = SourceReader.create().read("tb-45", SourceFixtures.HTML_PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals(SourceFormat.HTML, t.format());
    }
}
