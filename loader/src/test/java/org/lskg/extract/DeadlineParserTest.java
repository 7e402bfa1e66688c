package org.lskg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lskg.extract.Deadline.Precision;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deadlines of directives and the periods of section headings, normalised to their last day. */
class DeadlineParserTest {

    private static final LocalDate NOV_2021 = LocalDate.of(2021, 11, 28);
    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 10);

    private final DeadlineParser parser = new DeadlineParser();

    private Deadline deadline(String clause, LocalDate documentDate) {
        Deadline d = parser.parse(clause, Optional.of(documentDate))
                .orElseThrow(() -> new AssertionError("no deadline in: " + clause));
        assertEquals(d.text(), clause.substring(d.start(), d.end()), "offsets point at the words");
        return d;
    }

    private void assertNone(String clause, LocalDate documentDate) {
        assertEquals(Optional.empty(), parser.parse(clause, Optional.of(documentDate)), clause);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            báo cáo UBND tỉnh trước ngày 30/11/2021 | 2021-11-30 | trước ngày 30/11/2021 | DAY
            hoàn thành hồ sơ trước ngày 30 tháng 11 năm 2021 | 2021-11-30 | trước ngày 30 tháng 11 năm 2021 | DAY
            trình Chính phủ chậm nhất trước ngày 15 tháng 12 năm 2021 | 2021-12-15 | chậm nhất trước ngày 15 tháng 12 năm 2021 | DAY
            trình Chính phủ chậm nhất là trước ngày 15/12/2021 | 2021-12-15 | chậm nhất là trước ngày 15/12/2021 | DAY
            gửi ý kiến chậm nhất ngày 15/01/2024 | 2024-01-15 | chậm nhất ngày 15/01/2024 | DAY
            nộp báo cáo, hạn chót ngày 15/01/2024 | 2024-01-15 | hạn chót ngày 15/01/2024 | DAY
            rà soát xong trước 15/01/2024 | 2024-01-15 | xong trước 15/01/2024 | DAY
            tổng hợp báo cáo đến hết ngày 31/12/2024 | 2024-12-31 | đến hết ngày 31/12/2024 | DAY
            phê duyệt chậm nhất trước tháng 6 năm 2022 | 2022-05-31 | chậm nhất trước tháng 6 năm 2022 | MONTH
            phê duyệt trước tháng 6/2022 | 2022-05-31 | trước tháng 6/2022 | MONTH
            trình Thủ tướng Chính phủ trong tháng 12 năm 2021 | 2021-12-31 | trong tháng 12 năm 2021 | MONTH
            tiêm đủ hai liều chậm nhất trong tháng 12 năm 2021 | 2021-12-31 | chậm nhất trong tháng 12 năm 2021 | MONTH
            báo cáo UBND tỉnh trong tháng 04/2024 | 2024-04-30 | trong tháng 04/2024 | MONTH
            đưa nhà máy vào vận hành, hoàn thành tháng 3/2024 | 2024-03-31 | hoàn thành tháng 3/2024 | MONTH
            khởi công dự án vào tháng 9-2024 | 2024-09-30 | vào tháng 9-2024 | MONTH
            hoàn thành sắp xếp đơn vị hành chính trong quý III/2024 | 2024-09-30 | trong quý III/2024 | QUARTER
            ban hành đề án trong quý I năm 2024 | 2024-03-31 | trong quý I năm 2024 | QUARTER
            trình phương án trước quý III/2024 | 2024-06-30 | trước quý III/2024 | QUARTER
            hoàn thành các dự án trong năm 2023 | 2023-12-31 | trong năm 2023 | YEAR
            hoàn thành dự án, đưa vào sử dụng năm 2023 | 2023-12-31 | đưa vào sử dụng năm 2023 | YEAR
            xây dựng cầu, hoàn thành năm 2025 | 2025-12-31 | hoàn thành năm 2025 | YEAR
            hoàn thành cứng hóa đường huyện đến năm 2025 | 2025-12-31 | đến năm 2025 | YEAR
            huyện phấn đấu đến năm 2025 đạt chuẩn nông thôn mới | 2025-12-31 | phấn đấu đến năm 2025 | YEAR
            chuyển đổi toàn bộ hồ sơ trước năm 2026 | 2025-12-31 | trước năm 2026 | YEAR
            giải ngân 50% kế hoạch vốn trong 6 tháng đầu năm 2024 | 2024-06-30 | trong 6 tháng đầu năm 2024 | MONTH
            hoàn thành các chỉ tiêu trong 6 tháng cuối năm 2024 | 2024-12-31 | trong 6 tháng cuối năm 2024 | MONTH
            """)
    void formsWithTheirYear(String clause, LocalDate last, String text, Precision precision) {
        Deadline d = deadline(clause, JAN_2024);
        assertEquals(last, d.lastDay());
        assertEquals(text, d.text());
        assertEquals(precision, d.precision());
    }

    @ParameterizedTest(name = "{0} in a document of {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            hoàn thành dự án trong 02 năm                | 2021-11-28 | 2023-11-28 | RELATIVE
            hoàn thành trong 6 tháng                     | 2024-01-10 | 2024-07-10 | RELATIVE
            trả lời bằng văn bản trong vòng 30 ngày      | 2024-01-10 | 2024-02-09 | RELATIVE
            trả lời trong 10 ngày làm việc               | 2024-01-10 | 2024-01-24 | RELATIVE
            báo cáo trong hai tuần                       | 2024-01-10 | 2024-01-24 | RELATIVE
            trình UBND tỉnh trong tháng này              | 2024-01-10 | 2024-01-31 | MONTH
            ban hành kế hoạch trong tháng tới            | 2023-12-20 | 2024-01-31 | MONTH
            hoàn thành dứt điểm ngay trong năm           | 2024-01-10 | 2024-12-31 | YEAR
            giải ngân 100% vốn từ nay đến hết năm        | 2023-11-28 | 2023-12-31 | YEAR
            hoàn thành trong năm nay                     | 2023-11-28 | 2023-12-31 | YEAR
            báo cáo trước ngày 20/12                     | 2024-01-10 | 2024-12-20 | DAY
            báo cáo trước ngày 15/01                     | 2023-12-20 | 2024-01-15 | DAY
            báo cáo trước ngày 15 tháng 01               | 2023-12-20 | 2024-01-15 | DAY
            hoàn thành trong tháng 12                    | 2023-11-30 | 2023-12-31 | MONTH
            hoàn thành trong tháng 3                     | 2023-11-30 | 2024-03-31 | MONTH
            tổng kết trong quý IV                        | 2024-01-10 | 2024-12-31 | QUARTER
            tổng kết trong 6 tháng đầu năm               | 2024-01-10 | 2024-06-30 | MONTH
            """)
    void formsResolvedAgainstTheDocumentDate(String clause, LocalDate documentDate, LocalDate last,
                                            Precision precision) {
        Deadline d = deadline(clause, documentDate);
        assertEquals(last, d.lastDay());
        assertEquals(precision, d.precision());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoàn thành dự án trong 02 năm", "trình UBND tỉnh trong tháng này",
            "giải ngân 100% vốn từ nay đến hết năm", "báo cáo trước ngày 20/12", "hoàn thành trong tháng 12"})
    void formsThatNeedTheDocumentDateAreEmptyWithoutIt(String clause) {
        assertEquals(Optional.empty(), parser.parse(clause, Optional.empty()));
    }

    @Test
    void aSpanCountsFromTheDateItNames() {
        assertEquals(LocalDate.of(2024, 2, 14),
                deadline("trả lời trong 30 ngày kể từ ngày 15/01/2024", NOV_2021).lastDay());
    }

    @Test
    void leapYears() {
        assertEquals(LocalDate.of(2024, 2, 29), deadline("báo cáo trong tháng 02/2024", JAN_2024).lastDay());
        assertEquals(LocalDate.of(2023, 2, 28), deadline("báo cáo trong tháng 02/2023", JAN_2024).lastDay());
        assertEquals(LocalDate.of(2024, 2, 29), deadline("báo cáo trước tháng 3/2024", JAN_2024).lastDay());
        assertEquals(LocalDate.of(2028, 2, 29), deadline("nộp trước ngày 29/02/2028", JAN_2024).lastDay());
        assertNone("nộp trước ngày 29/02/2023", JAN_2024); // no such day
        assertEquals(LocalDate.of(2028, 2, 29), deadline("nộp trước ngày 29/02", LocalDate.of(2027, 3, 1)).lastDay());
    }

    @ParameterizedTest(name = "quý {0}")
    @CsvSource(delimiter = '|', textBlock = """
            I   | 2024-03-31
            II  | 2024-06-30
            III | 2024-09-30
            IV  | 2024-12-31
            1   | 2024-03-31
            4   | 2024-12-31
            """)
    void quartersInRomanAndArabicFigures(String quarter, LocalDate last) {
        assertEquals(last, deadline("hoàn thành trong quý " + quarter + "/2024", JAN_2024).lastDay());
        assertEquals(last, deadline("HOÀN THÀNH TRONG QUÝ " + quarter + " NĂM 2024", JAN_2024).lastDay());
    }

    @Test
    void mistypedYearsAreKeptAsPrinted() {
        // Seed 000 is of January 2024; the flag for a deadline before the document date is the caller's.
        assertEquals(LocalDate.of(2023, 1, 20), deadline("trình UBND tỉnh trước ngày 20/01/2023 xem xét, ban hành",
                JAN_2024).lastDay());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Triển khai thực hiện Quyết định số 1199/QĐ-TTg ngày 14/10/2023 của Thủ tướng Chính phủ",
            "theo Nghị quyết số 128/NQ-CP ngày 11 tháng 10 năm 2021",
            "rà soát kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025",
            "trong phạm vi tổng mức vốn đầu tư công giai đoạn 2021 - 2025 đã được giao",
            "hoàn thành lập Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
            "Tổ chức hiệu quả Đề án phát triển du lịch tỉnh Lạng Sơn đến năm 2030, tầm nhìn đến năm 2045",
            "Tiếp tục triển khai Đề án triển khai Chiến lược sở hữu trí tuệ đến năm 2030 (giai đoạn 2021-2025)",
            "điều chỉnh quy hoạch chung xây dựng khu vực cửa khẩu chính Chi Ma, huyện Lộc Bình đến năm 2045",
            "thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024",
            "xây dựng Chương trình làm việc năm 2024",
            "Hoàn thành giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách Nhà nước năm 2024",
            "Thực hiện nhiệm vụ năm học 2023 - 2024, nâng cao chất lượng giáo dục tại các cấp học",
            "hoàn thành trong năm 2023 - 2024",
            "Ngày 14 tháng 11 năm 2021, Thủ tướng Chính phủ đã làm việc với tỉnh Lạng Sơn",
            "Kết quả kiểm tra cho thấy trong quý I/2024, huyện đã chủ động triển khai đầy đủ các nghị quyết",
            "Quy định áp dụng từ ngày 01/3/2024 đến ngày 31/12/2024",
            "áp dụng từ tháng 3/2024 đến tháng 6/2024",
            "số liệu tính đến hết ngày 30/11/2023",
            "tổ chức hội nghị vào ngày 15/01/2024",
            "nhất là các dự án phải hoàn thành trong năm 2021",
            "tổ chức tốt \"Tết trồng cây\" năm 2024",
            "Chuẩn bị tốt các nội dung phục vụ kỳ họp Hội đồng nhân dân các cấp cuối năm",
            "lũy kế 11 tháng năm 2023 đạt 84,5% dự toán",
    })
    void namesCitedDatesPlanPeriodsAndPastDatesAreNotDeadlines(String clause) {
        assertNone(clause, JAN_2024);
    }

    @Test
    void anIntervalIntroducedAsTheTimeForTheTaskEndsOnItsLastDay() {
        Deadline d = deadline("lấy ý kiến Nhân dân, thời gian thực hiện từ ngày 01/3/2024 đến ngày 15/3/2024",
                JAN_2024);
        assertEquals(LocalDate.of(2024, 3, 15), d.lastDay());
        assertEquals("thời gian thực hiện từ ngày 01/3/2024 đến ngày 15/3/2024", d.text());
    }

    @Test
    void theFinestPeriodWinsThenChamNhatThenTheLaterDay() {
        // 001: a year or, at the latest, before a month: the month decides.
        assertEquals(LocalDate.of(2022, 5, 31), deadline("trình Thủ tướng Chính phủ phê duyệt trong năm 2021 hoặc "
                + "chậm nhất trước tháng 6 năm 2022", NOV_2021).lastDay());
        // 001: a span from the document date yields to the year printed.
        assertEquals(LocalDate.of(2023, 12, 31), deadline("hoàn thành dự án trong thời hạn chậm nhất trong 02 năm, "
                + "đưa vào sử dụng năm 2023", NOV_2021).lastDay());
        assertEquals(LocalDate.of(2024, 3, 31), deadline("hoàn thành trong năm 2024, báo cáo kết quả trước ngày "
                + "31/3/2024", JAN_2024).lastDay());
        assertEquals(LocalDate.of(2024, 2, 29), deadline("báo cáo trong tháng 01/2024 hoặc chậm nhất trong tháng "
                + "02/2024", JAN_2024).lastDay());
    }

    @Test
    void realClausesOfTheSeeds() {
        LocalDate seed001 = NOV_2021;
        Deadline planning = deadline("Đảm bảo hoàn thành hồ sơ quy hoạch, trình Thủ tướng Chính phủ phê duyệt trong "
                + "năm 2021 hoặc chậm nhất trước tháng 6 năm 2022.", seed001);
        assertEquals(LocalDate.of(2022, 5, 31), planning.lastDay());
        assertEquals("chậm nhất trước tháng 6 năm 2022", planning.text());
        assertEquals(LocalDate.of(2021, 12, 31), deadline("Đẩy nhanh tốc độ tiêm vắc xin đủ hai liều cho người từ 18 "
                + "tuổi trở lên chậm nhất trong tháng 12 năm 2021 và tiêm cho trẻ em theo hướng dẫn của Bộ Y tế.",
                seed001).lastDay());
        assertEquals(LocalDate.of(2021, 11, 30), deadline("Ủy ban nhân dân tỉnh Lạng Sơn phối hợp chặt chẽ với các "
                + "Bộ, cơ quan liên quan và Nhà đầu tư để khẩn trương hoàn thành hồ sơ điều chỉnh chủ trương đầu tư "
                + "dự án thành phần 2 trước ngày 30 tháng 11 năm 2021", seed001).lastDay());
        assertEquals(LocalDate.of(2023, 12, 31), deadline("chịu trách nhiệm thực hiện dứt điểm công tác giải phóng "
                + "mặt bằng để bàn giao cho Nhà đầu tư tổ chức thi công, hoàn thành dự án trong thời hạn chậm nhất "
                + "trong 02 năm, đưa vào sử dụng năm 2023.", seed001).lastDay());
        assertEquals(LocalDate.of(2021, 12, 15), deadline("Hội đồng thẩm định nhà nước và các Bộ: Nông nghiệp và "
                + "Phát triển nông thôn, Lao động – Thương binh và Xã hội, Ủy ban Dân tộc khẩn trương hoàn thiện hồ "
                + "sơ, trình Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai "
                + "đoạn 2021 - 2025, Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 chậm "
                + "nhất là trước ngày 15 tháng 12 năm 2021.", seed001).lastDay());
        assertNone("kiên quyết thực hiện việc cắt giảm các dự án chưa cấp bách, hiệu quả thấp để điều chuyển và tập "
                + "trung vốn thực hiện các dự án trọng điểm của tỉnh, nhất là các dự án phải hoàn thành trong năm "
                + "2021.", seed001);

        LocalDate seed000 = JAN_2024;
        assertEquals(LocalDate.of(2024, 1, 15), deadline("các sở, ban, ngành, UBND các huyện, thành phố nghiên cứu, "
                + "có ý kiến tham gia, chậm nhất trước ngày 15/01/2024 gửi Sở Kế hoạch và Đầu tư tổng hợp.",
                seed000).lastDay());
        Deadline councilDraft = deadline("Đối với dự thảo Quyết định của UBND tỉnh về nhiệm vụ, giải pháp chủ yếu "
                + "chỉ đạo, điều hành thực hiện Kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách nhà nước và "
                + "cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh năm 2024: các sở, ban, ngành, UBND "
                + "các huyện, thành phố nghiên cứu, có ý kiến tham gia, chậm nhất trước ngày 15/01/2024 gửi Sở Kế "
                + "hoạch và Đầu tư tổng hợp.", seed000);
        assertEquals(LocalDate.of(2024, 1, 15), councilDraft.lastDay());
        assertEquals(LocalDate.of(2024, 1, 31), deadline("Triển khai thực hiện Quyết định số 1725/QĐ-TTg ngày "
                + "29/12/2023 của Thủ tướng Chính phủ về việc thành lập Trung tâm Xúc tiến Đầu tư, Thương mại và Du "
                + "lịch tỉnh Lạng Sơn, Sở Nội vụ có trách nhiệm tham mưu UBND tỉnh tổ chức Lễ công bố Quyết định "
                + "thành lập Trung tâm trong tháng 01/2024.", seed000).lastDay());
        assertEquals(LocalDate.of(2024, 3, 31), deadline("Giao các sở, ban, ngành, UBND các huyện, thành phố khẩn "
                + "trương triển khai xây dựng vị trí việc làm, thời gian hoàn thành trước ngày 31/3/2024", seed000)
                .lastDay());
        assertEquals(LocalDate.of(2023, 1, 15), deadline("Yêu cầu các sở, ban, ngành liên quan có trách nhiệm trả "
                + "lời bằng văn bản các kiến nghị trên, gửi các cơ quan có kiến nghị chậm nhất ngày 15/01/2023.",
                seed000).lastDay());

        assertEquals(LocalDate.of(2024, 12, 31), deadline("Tập trung triển khai thực hiện, hoàn thiện thủ tục đầu tư "
                + "các dự án trọng điểm trong năm 2024.", LocalDate.of(2023, 12, 8)).lastDay());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            III. NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2023            | 2023-12-31 | THÁNG 12 NĂM 2023       | MONTH
            VỀ MỤC TIÊU, NHIỆM VỤ KẾ HOẠCH NĂM 2024              | 2024-12-31 | NĂM 2024                | YEAR
            I. CHỦ ĐỀ, MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2024       | 2024-12-31 | NĂM 2024                | YEAR
            2. Nhiệm vụ năm 2024                                 | 2024-12-31 | năm 2024                | YEAR
            KẾ HOẠCH NĂM 2024                                    | 2024-12-31 | NĂM 2024                | YEAR
            Nhiệm vụ trọng tâm quý I/2024                        | 2024-03-31 | quý I/2024              | QUARTER
            PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024         | 2024-12-31 | 6 THÁNG CUỐI NĂM 2024   | MONTH
            Nhiệm vụ 6 tháng đầu năm 2024                        | 2024-06-30 | 6 tháng đầu năm 2024    | MONTH
            KẾT QUẢ THỰC HIỆN NĂM 2023 VÀ NHIỆM VỤ NĂM 2024      | 2024-12-31 | NĂM 2024                | YEAR
            NHIỆM VỤ TRỌNG TÂM THÁNG 01                          | 2024-01-31 | THÁNG 01                | MONTH
            """)
    void headingsFrameTheirTasksForAPeriod(String heading, LocalDate last, String text, Precision precision) {
        Deadline d = parser.periodOf(heading, Optional.of(LocalDate.of(2023, 12, 20))).orElseThrow();
        assertEquals(last, d.lastDay());
        assertEquals(text, d.text());
        assertEquals(text, heading.substring(d.start(), d.end()));
        assertEquals(precision, d.precision());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "II. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 11 VÀ 11 THÁNG NĂM 2023",
            "III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH",
            "II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI",
            "QUY HOẠCH TỈNH LẠNG SƠN THỜI KỲ 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050",
            "Điều 2. Tổ chức thực hiện",
    })
    void headingsWithoutATaskPeriod(String heading) {
        assertEquals(Optional.empty(), parser.periodOf(heading, Optional.of(LocalDate.of(2023, 12, 20))));
    }

    @Test
    void aHeadingPeriodWithoutAYearNeedsTheDocumentDate() {
        assertEquals(Optional.empty(), parser.periodOf("NHIỆM VỤ TRỌNG TÂM THÁNG 01", Optional.empty()));
        assertTrue(parser.periodOf("NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2023", Optional.empty()).isPresent());
    }

    /** Time cells of the task table of Quyết định 2820/QĐ-UBND (TP. Hồ Chí Minh, 19/11/2025) and lines of Kế hoạch 174/KH-UBND. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Quý IV/2025 | 2025-12-31
            Quý II/2027 | 2027-06-30
            Năm 2025 - 2026 | 2026-12-31
            Năm 2025-2030 | 2030-12-31
            Năm 2026 | 2026-12-31
            xuyên suốt 2025 - 2035 | 2035-12-31
            Từ ngày 15/11/2025 đến ngày 15/12/2025 | 2025-12-15
            trước ngày 16 tháng 12 năm 2025 | 2025-12-16
            """)
    void theTimeCellOfAPlansTask(String cell, LocalDate last) {
        assertEquals(last, parser.ofCell(cell, Optional.of(LocalDate.of(2025, 11, 19))).orElseThrow().lastDay());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hằng năm.", "Thường xuyên", "Khi có phát sinh.", "Từ quý I/2027", "Từ tháng 5/2026, thường xuyên",
            "2026 trở đi", "Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính"})
    void timeCellsThatSetNoDeadline(String cell) {
        assertEquals(Optional.empty(), parser.ofCell(cell, Optional.of(LocalDate.of(2025, 11, 19))), cell);
    }

    @Test
    void inputIsCheckedAtTheBoundary() {
        assertThrows(NullPointerException.class, () -> parser.parse(null, Optional.empty()));
        assertThrows(NullPointerException.class, () -> parser.parse("trong năm 2024", null));
        assertThrows(NullPointerException.class, () -> parser.periodOf(null, Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new Deadline(JAN_2024, "năm 2024", 3, 5, Precision.YEAR));
    }
}
