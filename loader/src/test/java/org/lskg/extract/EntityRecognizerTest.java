package org.lskg.extract;

import org.junit.jupiter.api.Test;
import org.lskg.document.Sentence;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entity recognition on sentences written in the documents' style, with forms the seeds do not contain. */
class EntityRecognizerTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard(Canonicalizer.none());

    private static List<String> found(String text, String locality) {
        Sentence s = new Sentence(0, 0, text.length(), text, Optional.empty(), Sentence.Part.BODY);
        return RECOGNIZER.recognise(s, Optional.ofNullable(locality)).stream()
                .map(m -> m.category().token() + ": " + m.label()).toList();
    }

    @Test
    void bodiesNamedByLevelBelongToTheDocumentsProvince() {
        List<String> f = found("UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Ban Thường vụ Tỉnh ủy và HĐND huyện Bảo Lâm.",
                "tỉnh Cao Bằng");
        assertTrue(f.contains("agency: Ủy ban nhân dân tỉnh Cao Bằng"), f.toString());
        assertTrue(f.contains("agency: Sở Y tế tỉnh Cao Bằng"), f.toString());
        assertTrue(f.contains("agency: Ban Thường vụ Tỉnh ủy Cao Bằng"), f.toString());
        assertTrue(f.contains("agency: Hội đồng nhân dân huyện Bảo Lâm"), f.toString());
        assertTrue(f.contains("place: huyện Bảo Lâm"), f.toString());
    }

    @Test
    void ellipticalListsGiveOneEntityPerItem() {
        List<String> f = found("Cùng dự có lãnh đạo các Bộ: Tài chính, Kế hoạch và Đầu tư, Văn hóa, Thể thao và Du lịch.", null);
        assertTrue(f.containsAll(List.of("agency: Bộ Tài chính", "agency: Bộ Kế hoạch và Đầu tư",
                "agency: Bộ Văn hóa, Thể thao và Du lịch")), f.toString());
        List<String> g = found("Thành lập các cụm công nghiệp: Tân Lập 1, Tân Lập 2, huyện Lục Ngạn; Đồi Ngô, huyện Lục Nam.", null);
        assertTrue(g.containsAll(List.of("project: Cụm công nghiệp Tân Lập 1", "project: Cụm công nghiệp Tân Lập 2",
                "project: Cụm công nghiệp Đồi Ngô")), g.toString());
        assertFalse(g.contains("project: Cụm công nghiệp huyện Lục Ngạn"), g.toString());
        List<String> h = found("Giao UBND các huyện: Văn Lãng, Tràng Định và Bình Gia rà soát.", null);
        assertTrue(h.containsAll(List.of("place: huyện Văn Lãng", "place: huyện Tràng Định", "place: huyện Bình Gia")), h.toString());
    }

    @Test
    void bodiesSharingTheUnitWrittenAfterTheLast() {
        List<String> f = found("Tỉnh ủy, HĐND, UBND tỉnh Hà Giang;", "tỉnh Lạng Sơn");
        assertTrue(f.containsAll(List.of("agency: Tỉnh ủy Hà Giang", "agency: Hội đồng nhân dân tỉnh Hà Giang",
                "agency: Ủy ban nhân dân tỉnh Hà Giang")), f.toString());
        assertFalse(f.contains("agency: Tỉnh ủy Lạng Sơn"), f.toString());
    }

    @Test
    void borderGatesWithLevelCounterpartAndMarkers() {
        List<String> f = found("Mở lối thông quan hàng hóa khu vực mốc 1088/2-1089 thuộc cửa khẩu quốc tế Hữu Nghị - Hữu Nghị Quan"
                + " và ga đường sắt quốc tế Đồng Đăng.", null);
        assertTrue(f.contains("border_gate: Lối thông quan hàng hóa khu vực mốc 1088/2-1089"), f.toString());
        assertTrue(f.contains("border_gate: Cửa khẩu Hữu Nghị"), f.toString());
        assertTrue(f.contains("border_gate: Ga đường sắt quốc tế Đồng Đăng"), f.toString());
        List<String> g = found("Duy trì thông quan tại các cửa khẩu phụ Bình Nghi, Nà Nưa và Pò Nhùng.", null);
        assertTrue(g.containsAll(List.of("border_gate: Cửa khẩu Bình Nghi", "border_gate: Cửa khẩu Nà Nưa",
                "border_gate: Cửa khẩu Pò Nhùng")), g.toString());
    }

    @Test
    void projectsAndProgrammes() {
        List<String> f = found("Đẩy nhanh tiến độ tuyến cao tốc Đồng Đăng (tỉnh Lạng Sơn) - Trà Lĩnh (tỉnh Cao Bằng), nâng cấp"
                + " QL3B và Khu công nghiệp Đồng Bành.", null);
        assertTrue(f.contains("project: Dự án cao tốc Đồng Đăng - Trà Lĩnh"), f.toString());
        assertTrue(f.contains("project: Quốc lộ 3B"), f.toString());
        assertTrue(f.contains("project: Khu công nghiệp Đồng Bành"), f.toString());
        List<String> g = found("Hoàn thiện Quy hoạch tỉnh Hà Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 để trình"
                + " Thủ tướng Chính phủ phê duyệt.", null);
        assertTrue(g.contains("program: Quy hoạch tỉnh Hà Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"), g.toString());
        assertTrue(g.contains("agency: Thủ tướng Chính phủ"), g.toString());
        List<String> h = found("Triển khai Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.", null);
        assertTrue(h.contains("program: Đề án Xây dựng xã hội học tập giai đoạn 2021 - 2030"), h.toString());
    }

    @Test
    void personsAfterTitlesAndPosts() {
        List<String> f = found("Cùng dự có đồng chí Nguyễn Hoàng Anh Bộ trưởng, Chủ nhiệm Ủy ban Quản lý vốn nhà nước;"
                + " Thủ tướng Chính phủ Phạm Minh Chính chủ trì.", null);
        assertTrue(f.contains("person: Nguyễn Hoàng Anh"), f.toString());
        assertTrue(f.contains("person: Phạm Minh Chính"), f.toString());
    }

    @Test
    void ordinaryWordsAreNotNames() {
        List<String> f = found("Các sở, ban, ngành tập trung thực hiện các nhiệm vụ về an sinh xã hội và kinh tế - xã hội.", "tỉnh Lạng Sơn");
        assertEquals(List.of(), f);
    }
}
