package org.lskg.document;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A web copy wraps its lines anywhere, also inside a range of years: "giai đoạn 2021\n- 2025”;" is one
 * sentence, not a sentence and a bullet (Kế hoạch 174/KH-UBND of Thành phố Hồ Chí Minh, shared/eval/dev
 * tvpl-31fb08f34535fce3; the same wrap in corpus-real tvpl-05729ab54fc07c39, tvpl-09daab284f92e2dd).
 */
class WrappedRangeTest {

    private static final String KH_174 = """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ HỒ CHÍ MINH
            Số: 174/KH-UBND
            Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025

            KẾ HOẠCH
            Triển khai các nhiệm vụ trọng tâm cuối năm 2025 lĩnh vực Bình đẳng giới

            Căn cứ Quyết định số
            2232/QĐ-TTg ngày 28 tháng 12 năm 2020 của Thủ tướng Chính phủ về phê duyệt
            “Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2021
            - 2025”;

            - Tiếp tục duy trì các hoạt động hỗ trợ phụ nữ.
            """;

    @Test
    void aRangeWrappedAtItsDashStaysInItsSentence() throws DocumentException {
        ParsedDocument d = DocumentParser.create().parse("kh174.md", KH_174.getBytes(StandardCharsets.UTF_8));
        assertTrue(d.sentences().stream().anyMatch(s -> s.text().contains("giai đoạn 2021 - 2025”")),
                d.sentences().stream().map(Sentence::text).toList().toString());
        assertFalse(d.sentences().stream().anyMatch(s -> s.text().startsWith("2025")), "no sentence of the range's end alone");
        assertTrue(d.sentences().stream().anyMatch(s -> s.text().equals("Tiếp tục duy trì các hoạt động hỗ trợ phụ nữ.")),
                "a bullet after it still opens its own sentence");
    }

    @Test
    void onlyADashAndANumberAfterANumberContinue() {
        assertTrue(SentenceSplitter.continuesRange("giai đoạn 2021", "- 2025”;"));
        assertTrue(SentenceSplitter.continuesRange("công suất 5", "-10 tấn/ngày đêm;"));
        assertFalse(SentenceSplitter.continuesRange("giai đoạn 2021;", "- 2025"));
        assertFalse(SentenceSplitter.continuesRange("năm 2025", "- Tiếp tục duy trì"));
    }
}
