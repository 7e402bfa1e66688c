package org.lskg.extract;

import org.junit.jupiter.api.Test;
import org.lskg.document.Sentence;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Local bodies across the country: qualified by the province or centrally-run city of the document, party
 * committees of cities, classes of bodies at one level, and bodies of listed provinces. The sentences are
 * fragments of shared/eval/dev and shared/corpus-real documents (file named at each test).
 */
class ProvincialBodiesTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard(Canonicalizer.none());

    private static List<String> found(String text, String locality) {
        Sentence s = new Sentence(0, 0, text.length(), text, Optional.empty(), Sentence.Part.BODY);
        return RECOGNIZER.recognise(s, Optional.ofNullable(locality)).stream()
                .map(m -> m.category().token() + ": " + m.label()).toList();
    }

    @Test
    void aDepartmentIsTheDocumentsProvinces() {
        // tvpl-6bac4a0d92da936d (Đắk Lắk)
        List<String> f = found("Giao Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Sở KH&CN tham mưu.",
                "tỉnh Đắk Lắk");
        assertTrue(f.containsAll(List.of("agency: Sở Tài chính tỉnh Đắk Lắk", "agency: Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk",
                "agency: Sở Khoa học và Công nghệ tỉnh Đắk Lắk")), f.toString());
        List<String> g = found("Giao Sở Tài chính chủ trì.", "tỉnh Lạng Sơn");
        assertEquals(List.of("agency: Sở Tài chính tỉnh Lạng Sơn"), g, "the seeds' province is one like any other");
        List<String> none = found("Giao Sở Tài chính chủ trì.", null);
        assertEquals(List.of("agency: Sở Tài chính"), none, "no province is assumed");
    }

    @Test
    void aDepartmentOfAnotherProvinceKeepsItsPlace() {
        List<String> f = found("Phối hợp với Sở Y tế tỉnh Hà Tĩnh.", "tỉnh Nghệ An");
        assertTrue(f.contains("agency: Sở Y tế tỉnh Hà Tĩnh"), f.toString());
        assertFalse(f.contains("agency: Sở Y tế tỉnh Nghệ An"), f.toString());
    }

    @Test
    void theBodiesOfACentrallyRunCity() {
        // tvpl-001c610b2efdcf0c, tvpl-31fb08f34535fce3 (Thành phố Hồ Chí Minh)
        List<String> f = found("Ủy ban nhân dân Thành phố đề nghị Thường trực Thành ủy Thành phố Hồ Chí Minh, Văn phòng Ủy ban"
                + " nhân dân Thành phố Hồ Chí Minh và Sở Nội vụ.", "thành phố Hồ Chí Minh");
        assertTrue(f.containsAll(List.of("agency: Ủy ban nhân dân thành phố Hồ Chí Minh",
                "agency: Thường trực Thành ủy Thành phố Hồ Chí Minh", "agency: Văn phòng Ủy ban nhân dân thành phố Hồ Chí Minh",
                "agency: Sở Nội vụ thành phố Hồ Chí Minh", "place: thành phố Hồ Chí Minh")), f.toString());
        // tvpl-2847e16133f7b987 (Cần Thơ), recipients
        List<String> g = found("- TT. Thành ủy; - TT. HĐND thành phố; - Văn phòng Thành ủy;", "thành phố Cần Thơ");
        assertTrue(g.containsAll(List.of("agency: Thường trực Thành ủy Cần Thơ",
                "agency: Thường trực Hội đồng nhân dân thành phố Cần Thơ", "agency: Văn phòng Thành ủy Cần Thơ")), g.toString());
        assertFalse(found("Ủy ban nhân dân tỉnh chỉ đạo.", "thành phố Cần Thơ").stream().anyMatch(s -> s.contains("Cần Thơ")),
                "a city has no Ủy ban nhân dân tỉnh");
    }

    @Test
    void aProvinceWithADashInItsName() {
        // tvpl-001c610b2efdcf0c
        List<String> f = found("trên cơ sở sắp xếp Thành phố Hồ Chí Minh, tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu.", null);
        assertTrue(f.containsAll(List.of("place: thành phố Hồ Chí Minh", "place: tỉnh Bình Dương", "place: tỉnh Bà Rịa - Vũng Tàu")),
                f.toString());
    }

    @Test
    void aClassOfBodiesAtOneLevelIsOneBody() {
        // tvpl-8018a6f353d60a9e, tvpl-a12a41bbbe518be8, corpus-real tvpl-04e0c7e10cd38cdd
        assertTrue(found("- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;", null)
                .contains("agency: Ủy ban nhân dân cấp tỉnh"));
        assertEquals(List.of("agency: Ủy ban nhân dân cấp xã"),
                found("Ủy ban nhân dân các xã, phường và đặc khu tổ chức thực hiện.", "thành phố Hồ Chí Minh"));
        assertEquals(List.of("agency: Hội đồng nhân dân cấp tỉnh", "agency: Ủy ban nhân dân cấp tỉnh"),
                found("- HĐND, UBND các tỉnh, thành phố;", "tỉnh Nghệ An"));
        assertEquals(List.of("agency: Ủy ban nhân dân cấp xã"), found("UBND cấp xã triển khai.", "tỉnh Đắk Lắk"));
        // seed 003: the standing committee is not the council's class, and not a class itself
        assertEquals(List.of("agency: Ủy ban nhân dân cấp huyện"), found("- TT HĐND, UBND các huyện, thành phố;", "tỉnh Lạng Sơn"));
    }

    @Test
    void aClassAndANamedUnitListedWithIt() {
        // tvpl-4f30202155d56bdd (Quảng Trị)
        List<String> f = found("Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ chịu trách nhiệm thi hành.", "tỉnh Quảng Trị");
        assertTrue(f.containsAll(List.of("agency: Ủy ban nhân dân cấp xã", "agency: Ủy ban nhân dân đặc khu Cồn Cỏ",
                "place: đặc khu Cồn Cỏ")), f.toString());
    }

    @Test
    void vagueCollectivesAndNamedUnitsAreNoClass() {
        List<String> f = found("Chủ tịch Ủy ban nhân dân các cấp chịu trách nhiệm thi hành.", null);
        assertFalse(f.stream().anyMatch(s -> s.contains("cấp")), f.toString());
        List<String> g = found("Giao UBND các huyện: Văn Lãng, Tràng Định và Bình Gia rà soát.", "tỉnh Lạng Sơn");
        assertFalse(g.stream().anyMatch(s -> s.contains("cấp")), g.toString());
        assertTrue(found("UBND tỉnh chỉ đạo.", "tỉnh Nghệ An").contains("agency: Ủy ban nhân dân tỉnh Nghệ An"));
    }

    @Test
    void theBodiesOfListedProvinces() {
        // tvpl-e01d3782fbed0967 (Thủ tướng Chính phủ, Công điện)
        List<String> f = found("Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng;", null);
        assertTrue(f.containsAll(List.of("agency: Ủy ban nhân dân tỉnh Gia Lai", "agency: Ủy ban nhân dân tỉnh Đắk Lắk",
                "agency: Ủy ban nhân dân tỉnh Khánh Hòa", "agency: Ủy ban nhân dân tỉnh Lâm Đồng", "place: tỉnh Gia Lai",
                "place: tỉnh Lâm Đồng")), f.toString());
    }

    @Test
    void regionalBranchesOfNationalBodies() {
        // tvpl-0a97eb9c3c536047 (recipients)
        List<String> f = found("Kho bạc nhà nước khu vực XI; Chi cục Hải quan khu vực XI; Ngân hàng nhà nước khu vực 8.", null);
        assertTrue(f.containsAll(List.of("agency: Kho bạc nhà nước khu vực XI", "agency: Chi cục Hải quan khu vực XI",
                "agency: Ngân hàng nhà nước khu vực 8")), f.toString());
    }

    @Test
    void aProvincesNameCutShortIsNoPlace() {
        // tvpl-296e373d796986f4: a heading cut at its line end, "... của tỉnh Điện" / "Biên vào ..."
        List<String> f = found("Về việc lồng ghép các kiến nghị của tỉnh Điện", "tỉnh Điện Biên");
        assertFalse(f.stream().anyMatch(s -> s.contains("tỉnh Điện")), f.toString());
        assertTrue(found("Sau khi nghe Chủ tịch Ủy ban nhân dân tỉnh Điện Biên báo cáo", null)
                .contains("agency: Ủy ban nhân dân tỉnh Điện Biên"));
    }

    @Test
    void theCountrysNameInsideABodysNameIsNoPlace() {
        // tvpl-c53841af6c236aed (Vĩnh Long)
        List<String> f = found("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với Thường trực Hội đồng nhân dân tỉnh.",
                "tỉnh Vĩnh Long");
        assertTrue(f.contains("agency: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Vĩnh Long"), f.toString());
        assertFalse(f.contains("place: Việt Nam"), f.toString());
    }
}
