package org.lskg.testing;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.lskg.testing.TestPdfs.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

/**
 * One document in each format lskg reads, made in the tests: a gazette PDF of a Thông tư, a .docx draft of
 * a provincial plan, a provincial portal's page of a conclusion notice. Their texts are shortened real ones.
 */
public final class SourceFixtures {
    private SourceFixtures() {}

    /** Two gazette pages of a Thông tư of the Bộ Tài chính (147/2025/TT-BTC, shortened). */
    public static byte[] gazetteThongTu(Path font) {
        List<Text> page1 = List.of(
                new Text(70, 30, 9, "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                new Text(70, 42, 9, "Cơ quan: VĂN PHÒNG CHÍNH PHỦ"),
                new Text(70, 54, 9, "Ngày ký: 2026-01-28 11:16:07 +07:00"),
                new Text(210, 80, "CÔNG BÁO/Số 51/Ngày 23-01-2026"), new Text(515, 80, "56"),
                new Text(110, 110, 12, "BỘ TÀI CHÍNH"), new Text(275, 110, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                new Text(320, 125, "Độc lập - Tự do - Hạnh phúc"),
                new Text(90, 155, "Số: 147/2025/TT-BTC"), new Text(290, 155, "Hà Nội, ngày 31 tháng 12 năm 2025"),
                new Text(265, 190, "THÔNG TƯ"),
                new Text(120, 206, "Quy định quản lý, sử dụng và quyết toán vốn đầu tư công"),
                new Text(100, 240, "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;"),
                new Text(100, 258, "Theo đề nghị của Vụ trưởng Vụ Đầu tư;"),
                new Text(70, 276, "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định quản lý vốn đầu tư công."),
                new Text(100, 294, "Điều 1. Phạm vi điều chỉnh"),
                new Text(100, 312, "Thông tư này quy định việc quản lý, sử dụng và quyết toán vốn đầu tư"));
        List<Text> page2 = List.of(
                new Text(70, 80, "57"), new Text(210, 80, "CÔNG BÁO/Số 51/Ngày 23-01-2026"),
                new Text(70, 110, "công từ nguồn ngân sách nhà nước."),
                new Text(100, 128, "Điều 2. Hiệu lực thi hành"),
                new Text(100, 146, "Thông tư này có hiệu lực từ ngày 15 tháng 02 năm 2026./."),
                new Text(360, 180, 12, "KT. BỘ TRƯỞNG"), new Text(370, 195, 12, "THỨ TRƯỞNG"),
                new Text(355, 240, "Trần Quốc Phương"));
        return TestPdfs.pdf(font, List.of(page1, page2));
    }

    /** A saved page of a provincial portal: menus and scripts around the document, its header in a table. */
    public static final String HTML_PAGE = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="generator" content="Portal CMS 4">
            <title>Thông báo 45/TB-UBND</title><style>td { padding: 2px }</style>
            <script>var menu = "Trang chủ";</script></head>
            <body>
            <nav><ul><li>Trang chủ</li><li>Văn bản</li></ul></nav>
            <div class="content">
              <table>
                <tr><td width="40%"><b>ỦY BAN NHÂN DÂN<br>TỈNH LẠNG SƠN</b></td>
                    <td width="60%"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b></td></tr>
                <tr><td>Số: 45/TB-UBND</td><td><i>Lạng Sơn, ngày 04 tháng 3 năm 2024</i></td></tr>
              </table>
              <p align="center"><b>THÔNG BÁO</b></p>
              <p align="center"><b>Kết luận của Chủ tịch UBND tỉnh
                 tại buổi làm việc với Sở Xây dựng</b></p>
              <p>Ngày 01/3/2024, Chủ tịch UBND tỉnh đã làm việc với Sở Xây dựng.</p>
              <p>1. Giao Sở Xây dựng hoàn thành hồ sơ trước ngày&nbsp;30/4/2024.</p>
              <div style="display:none">Bản in</div>
            </div>
            <footer>© Cổng thông tin điện tử tỉnh Lạng Sơn</footer>
            </body></html>
            """;

    private static void cell(XWPFTableCell cell, String... paragraphs) {
        cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) cell.addParagraph().createRun().setText(paragraphs[i]);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        return p;
    }

    /** A list of two levels: "1." and "a)", as Word's numbering defines them. */
    private static BigInteger numbering(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        String[] texts = {"%1.", "%2)"};
        STNumberFormat.Enum[] formats = {STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER};
        for (int level = 0; level < 2; level++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(formats[level]);
            lvl.addNewLvlText().setVal(texts[level]);
        }
        XWPFNumbering numbering = doc.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
    }

    public static byte[] draftKeHoach() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable header = doc.getTables().isEmpty() ? doc.createTable(2, 2) : doc.getTables().get(0);
            cell(header.getRow(0).getCell(0), "ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN");
            cell(header.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            cell(header.getRow(1).getCell(0), "Số: 215/KH-UBND");
            cell(header.getRow(1).getCell(1), "Lạng Sơn, ngày 12 tháng 9 năm 2024");
            paragraph(doc, "KẾ HOẠCH");
            paragraph(doc, "Triển khai Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030");
            BigInteger list = numbering(doc);
            XWPFParagraph goal = paragraph(doc, "Mục tiêu");
            goal.setNumID(list);
            goal.setNumILvl(BigInteger.ZERO);
            for (String task : new String[] {"Hoàn thành hồ sơ trước ngày 30/11/2024.", "Báo cáo UBND tỉnh."}) {
                XWPFParagraph p = paragraph(doc, task);
                p.setNumID(list);
                p.setNumILvl(BigInteger.ONE);
            }
            XWPFTable tasks = doc.createTable(2, 3);
            cell(tasks.getRow(0).getCell(0), "STT");
            cell(tasks.getRow(0).getCell(1), "Nhiệm vụ");
            cell(tasks.getRow(0).getCell(2), "Cơ quan chủ trì");
            cell(tasks.getRow(1).getCell(0), "1");
            cell(tasks.getRow(1).getCell(1), "Lập hồ sơ quy hoạch");
            XWPFTableCell lead = tasks.getRow(1).getCell(2);
            cell(lead, "Sở Kế hoạch và Đầu tư");
            CTRow nested = lead.getCTTc().addNewTbl().addNewTr();
            nested.addNewTc().addNewP().addNewR().addNewT().setStringValue("Phối hợp:");
            nested.addNewTc().addNewP().addNewR().addNewT().setStringValue("Sở Xây dựng");
            lead.getCTTc().addNewP(); // Word ends a cell with a paragraph
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

}
