package org.lskg.source;

import org.junit.jupiter.api.Test;
import org.lskg.testing.SourceFixtures;


import static org.junit.jupiter.api.Assertions.assertEquals;

/** A .docx draft made here with POI as provinces type them: a header table, numbered paragraphs, a table. */
class DocxSourceTest {

    @Test
    void headerTableParagraphsNumbersAndTablesInOrder() throws Exception {
        SourceText t = SourceReader.create().read("kh-215.docx", SourceFixtures.draftKeHoach());
        assertEquals(SourceFormat.DOCX, t.format());
        assertEquals("""
                ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH LẠNG SƠN                           Độc lập - Tự do - Hạnh phúc
                Số: 215/KH-UBND                         Lạng Sơn, ngày 12 tháng 9 năm 2024
                KẾ HOẠCH
                Triển khai Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030
                1. Mục tiêu
                a) Hoàn thành hồ sơ trước ngày 30/11/2024.
                b) Báo cáo UBND tỉnh.
                STT                        Nhiệm vụ                  Cơ quan chủ trì
                1                          Lập hồ sơ quy hoạch       Sở Kế hoạch và Đầu tư
                                                                     Phối hợp:   Sở Xây dựng
                """, t.text());
    }
}
