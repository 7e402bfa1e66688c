package org.lskg.rdf;

import org.junit.jupiter.api.Test;
import org.lskg.document.DocumentParser;
import org.lskg.document.ParsedDocument;
import org.lskg.document.Section;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Section IRIs are distinct even where a document repeats its numbering: the annex of Thông tư
 * 148/2025/TT-BTC has three tables numbered alike, and their rows read as sections under Điều 7 khoản 5.
 * A third "1.3" once became "1.3-3", whose IRI segment is the "1-3-3" of "1.3.3", and the document was
 * refused for two sections with one IRI.
 */
class SectionIrisTest {

    private static final String FRAGMENT = """
               BỘ TÀI CHÍNH              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                 Độc lập - Tự do - Hạnh phúc

             Số: 148/2025/TT-BTC              Hà Nội, ngày 31 tháng 12 năm 2025

                                           THÔNG TƯ
               Hướng dẫn một số nội dung tại Nghị định số 289/2025/NĐ-CP

                  Điều 7. Điều khoản thi hành
                  5. Cục Kế hoạch - Tài chính có trách nhiệm tổng hợp báo cáo cấp có thẩm
            quyền dự toán kinh phí ngân sách nhà nước.
                                                              Phụ lục
              1.3   Phê duyệt, ký ban hành thông tư
             1.3.1 Bộ trưởng                                                               7
             1.3.2   Thứ trưởng phụ trách đơn vị chủ trì soạn thảo thông tư                7
             1.3.3   Các thành viên Ban Thường vụ Đảng ủy Bộ Tài chính khác phê duyệt dự thảo   3/thành viên
                 1.3      Phê duyệt, ký ban hành thông tư
                1.3.1 Bộ trưởng                                                                 4
                1.3.2    Thứ trưởng phụ trách đơn vị chủ trì soạn thảo thông tư                  4
                1.3.3    Các thành viên Ban Thường vụ Đảng ủy Bộ Tài chính khác phê duyệt dự thảo   2/thành viên
               1.3     Phê duyệt, ký ban hành thông tư
              1.3.1 Bộ trưởng                                                                   2
              1.3.2    Thứ trưởng phụ trách đơn vị chủ trì soạn thảo thông tư                    2
              1.3.3    Các thành viên Ban Thường vụ Đảng ủy Bộ Tài chính khác phê duyệt dự thảo   1/thành viên
            """;

    @Test
    void repeatedNumberingGivesDistinctSectionIris() throws Exception {
        ParsedDocument d = DocumentParser.create().parse("148-2025-tt-btc.txt",
                FRAGMENT.getBytes(StandardCharsets.UTF_8));
        List<String> iris = d.sections().stream().map(Section::id).map(id -> Iris.section("urn:doc", id)).toList();
        assertEquals(iris.size(), iris.stream().distinct().count(), iris.toString());
        assertEquals(12, d.sections().stream().filter(s -> s.marker().startsWith("1.3")).count());
    }
}
