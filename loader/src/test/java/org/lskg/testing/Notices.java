package org.lskg.testing;

import org.lskg.document.DocumentException;
import org.lskg.document.DocumentParser;
import org.lskg.document.ParsedDocument;

import java.nio.charset.StandardCharsets;

/** Small documents for extraction tests: a Lạng Sơn notice, 45/TB-UBND of 05/3/2024, with the given body. */
public final class Notices {
    private Notices() {}

    private static final String HEADER = """
            ỦY BAN NHÂN DÂN
            TỈNH LẠNG SƠN

            Số: 45/TB-UBND

            Lạng Sơn, ngày 05 tháng 3 năm 2024

            THÔNG BÁO
            Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng 3 năm 2024

            """;
    private static final String FOOTER = """

            Nơi nhận:
            - Như trên;
            - Lưu: VT.

            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH

            Nguyễn Văn An
            """;

    /** The notice with {@code body} (paragraphs separated by blank lines) between header and signature. */
    public static ParsedDocument withBody(String body) {
        try {
            return DocumentParser.create().parse("045_notice.txt", (HEADER + body + FOOTER).getBytes(StandardCharsets.UTF_8));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
