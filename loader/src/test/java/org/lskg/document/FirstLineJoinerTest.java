package org.lskg.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The short first line of a web copy's paragraph is joined to its paragraph; headings are not. */
class FirstLineJoinerTest {

    /** A decision of Bắc Ninh, 2025, as copied from the web: no blank line between paragraphs. */
    private static final String DECISION = """
            **QUYẾT ĐỊNH:**
            **Điều 1. **Phê
            duyệt Danh mục địa điểm tổ chức hội chợ, triển lãm thương mại và lĩnh vực ưu
            tiên tổ chức hội chợ, triển lãm thương mại trên địa bàn tỉnh Bắc Ninh năm 2026,
            cụ thể như sau:
            *(Chi tiết tại Phụ lục kèm theo)*
            **Điều 2. **Sở
            Công Thương có trách nhiệm chủ trì, phối hợp với các cơ quan, UBND các xã, phường,
            đơn vị liên quan thực hiện quản lý hoạt động, xác nhận và hướng dẫn các doanh
            nghiệp, thương nhân tổ chức hội chợ, triển lãm thương mại thực hiện theo đúng
            quy định và danh mục địa điểm, lĩnh vực ưu tiên tổ chức hội chợ, triển lãm
            thương mại trên địa bàn tỉnh đã được phê duyệt kèm theo Quyết định này.""";

    @Test
    void theBodyNamedOnTheFirstLineStaysWithItsSentence() {
        List<String> lines = List.of(new FirstLineJoiner().apply(DECISION).split("\n"));
        assertEquals("**QUYẾT ĐỊNH:**", lines.get(0));
        assertEquals("**Điều 1. **Phê duyệt Danh mục địa điểm tổ chức hội chợ, triển lãm thương mại và lĩnh vực ưu",
                lines.get(1));
        assertEquals("*(Chi tiết tại Phụ lục kèm theo)*", lines.get(4));
        assertEquals("**Điều 2. **Sở Công Thương có trách nhiệm chủ trì, phối hợp với các cơ quan, UBND các xã, phường,",
                lines.get(5));
        assertEquals(10, lines.size());
    }

    @Test
    void textWithoutMarkdownIsLeftAlone() {
        String plain = DECISION.replace("*", "");
        assertEquals(plain, new FirstLineJoiner().apply(plain));
    }
}
