package org.lskg.document;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The province or centrally-run city of a document, from fragments of shared/eval/dev documents. */
class LocalityTest {

    @Test
    void theUnitOfThePlaceOfIssueWhenTheTextNamesIt() {
        // tvpl-2847e16133f7b987: "Cần Thơ, ngày ..." and "Ủy ban nhân dân thành phố Cần Thơ"
        assertEquals(Optional.of("thành phố Cần Thơ"),
                Locality.of("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ ... nước sạch tỉnh Hậu Giang (cũ) ... tỉnh Hậu Giang",
                        Optional.of("Cần Thơ")));
        // tvpl-001c610b2efdcf0c: "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025"
        assertEquals(Optional.of("thành phố Hồ Chí Minh"),
                Locality.of("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH ... Bình Dương", Optional.of("Thành phố Hồ Chí Minh")));
    }

    @Test
    void elseTheUnitTheTextNamesMostOften() {
        // a Văn phòng Chính phủ notice about Điện Biên, issued in Hà Nội (tvpl-296e373d796986f4)
        assertEquals(Optional.of("tỉnh Điện Biên"), Locality.of(
                "với lãnh đạo tỉnh Điện Biên ... Ủy ban nhân dân tỉnh Điện Biên ... tỉnh Lai Châu", Optional.of("Hà Nội")));
    }

    @Test
    void aCityOfTheDistrictLevelIsNoLocality() {
        assertEquals(Optional.of("tỉnh Lạng Sơn"),
                Locality.of("thành phố Lạng Sơn; thành phố Lạng Sơn; tỉnh Lạng Sơn", Optional.empty()));
    }
}
