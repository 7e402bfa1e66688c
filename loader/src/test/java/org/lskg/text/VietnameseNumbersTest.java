package org.lskg.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Vietnamese number notation, scale words, units, and the quantity reader's traps. */
class VietnameseNumbersTest {

    private final QuantityReader reader = QuantityReader.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4.595|4595", "7,5|7.5", "14.040,807|14040.807", "1.503|1503", "47.063,06|47063.06",
            "06|6", "100|100", "0,31|0.31", "1.728,40|1728.40", "296.611|296611"})
    void readsDotsAsThousandsAndCommaAsDecimalMark(String written, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(VietnameseNumbers.parse(written)), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.1", "6.3", "1.50", "12.3456", "7,", ",5", "1088/2", "III", "", "-5"})
    void refusesWhatIsNotAVietnameseNumber(String written) {
        assertEquals(Optional.empty(), VietnameseNumbers.tryParse(written));
        assertThrows(NumberFormatException.class, () -> VietnameseNumbers.parse(written));
    }

    @Test
    void scaleWordsMultiplyAndHaveSpellingVariants() {
        assertEquals(Optional.of(VietnameseNumbers.Scale.BILLION), VietnameseNumbers.Scale.of("tỉ"));
        assertEquals(Optional.of(VietnameseNumbers.Scale.TRILLION), VietnameseNumbers.Scale.of("nghìn tỷ"));
        assertEquals(Optional.of(VietnameseNumbers.Scale.TEN_THOUSAND), VietnameseNumbers.Scale.of("vạn"));
        assertEquals(Optional.of(VietnameseNumbers.Scale.THOUSAND), VietnameseNumbers.Scale.of("ngàn"));
        assertEquals(0, new BigDecimal("4300000000000")
                .compareTo(VietnameseNumbers.Scale.TRILLION.apply(new BigDecimal("4.3"))));
    }

    @Test
    void readsARangeWithTheUnitOnTheRight() {
        Quantity q = only("Tổng vốn đầu tư phát triển trên địa bàn khoảng 38 - 39 nghìn tỷ đồng.");
        assertEquals("38 - 39", q.valueText());
        assertEquals(0, new BigDecimal(38).compareTo(q.min()));
        assertEquals(0, new BigDecimal(39).compareTo(q.max()));
        assertEquals("nghìn tỷ đồng", q.unit().text());
        assertEquals("VND", q.unit().code());
        assertEquals(12, q.unit().exponent());
        assertTrue(q.isRange());
    }

    @Test
    void keepsTheDecimalTrapAsWritten() {
        Quantity q = only("Tổng chi ngân sách địa phương 14.040,807 tỷ đồng.");
        assertEquals("14.040,807", q.valueText());
        assertEquals(Optional.of(new BigDecimal("14040.807")), q.value());
        assertEquals(Unit.Kind.CURRENCY, q.unit().kind());
    }

    @Test
    void unitsMayBeGluedOrSpacedAndDashesVary() {
        assertEquals("ha", only("Diện tích gieo trồng vụ Đông ước đạt 168ha¹.").unit().text());
        assertEquals("%", only("đạt 117,4 % kế hoạch").unit().text());
        assertEquals("7 – 7,5", only("tăng trưởng 7 – 7,5%").valueText());
        assertEquals("percent", only("tăng trưởng 7 – 7,5%").unit().code());
    }

    @Test
    void aCountWithARatesDenominator() {
        Quantity q = only("đạt 33,6 giường bệnh trên 1 vạn dân");
        assertEquals("giường bệnh/vạn dân", q.unit().text());
        assertEquals("hospital-bed/1e4 inhabitant", q.unit().code());
    }

    @Test
    void boundsComeFromTheWordsAroundTheNumber() {
        assertEquals(Quantity.Bound.AT_LEAST, only("giảm phạm pháp hình sự từ 3% trở lên").bound());
        assertEquals(Quantity.Bound.AT_LEAST, only("đạt trên 99% tổng số vốn").bound());
        assertEquals(Quantity.Bound.AT_MOST, only("tỷ lệ hộ nghèo dưới 5%").bound());
        assertEquals(Quantity.Bound.EXACT, only("Giảm tỷ lệ hộ nghèo khoảng 3%.").bound());
    }

    @Test
    void skipsThingsThatOnlyLookLikeQuantities() {
        assertEquals(List.of(), reader.findAll("Đã khởi công 115/115 công trình; đạt 10/19 tiêu chí"));
        assertEquals(List.of(), reader.findAll("Dự án cải tạo Quốc lộ 4B (đoạn Km3+700 đến Km18)"));
        assertEquals(List.of(), reader.findAll("khu vực mốc 1088/2-1089; năm 2024 người dân; lần thứ 14 xã"));
        assertEquals(List.of(), reader.findAll("kỳ họp thứ hai mươi mốt, khóa XVII; Đề án 06 của Chính phủ"));
        assertEquals(List.of(), reader.findAll("giai đoạn 2021 - 2025; ngày 16/6/2022; cả 3 tiêu chí"));
        assertEquals("xã", only("tại 10 xã phấn đấu; năm 2023").unit().text());
    }

    private Quantity only(String text) {
        List<Quantity> all = reader.findAll(text);
        assertEquals(1, all.size(), () -> text + " -> " + all);
        return all.get(0);
    }
}
