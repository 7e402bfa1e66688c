package org.lskg.document;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.testing.Corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Structure, sentences and footnotes of the seeds, and what the parser refuses. */
class DocumentParserTest {

    private static ParsedDocument d001;
    private static ParsedDocument d002;
    private static ParsedDocument d003;

    @BeforeAll
    static void parse() throws DocumentException {
        DocumentParser p = DocumentParser.create();
        d001 = p.parse(Corpus.seed("001"));
        d002 = p.parse(Corpus.seed("002"));
        d003 = p.parse(Corpus.seed("003"));
    }

    @Test
    void everySentenceOffsetPointsAtItsText() {
        for (ParsedDocument d : List.of(d001, d002, d003)) {
            for (Sentence s : d.sentences()) {
                assertEquals(s.text(), d.text().substring(s.start(), s.end()).replaceAll("\\s+", " "),
                        d.fileName() + " sentence " + s.index());
            }
        }
    }

    @Test
    void conclusionNoticeSectionsNestUnderRomanNumerals() {
        List<String> top = d001.sections().stream().filter(s -> s.level() == 1).map(Section::id).toList();
        assertEquals(List.of("I", "II", "III"), top);
        Section s = section(d001, "III/2");
        assertEquals("2.", s.marker());
        assertEquals(Optional.of("Đối với tuyến đường Quốc lộ 4B"), s.heading());
        assertEquals(Optional.of("III"), s.parentId());
    }

    @Test
    void resolutionNestsRomanSectionsInsideArticles() {
        Section s = section(d003, "D1/I/3/3.1");
        assertEquals(4, s.level());
        assertEquals("3.1.", s.marker());
        assertEquals(Optional.of("Các chỉ tiêu kinh tế"), s.heading());
        assertEquals("Điều 2.", section(d003, "D2").marker());
        Sentence grdp = d003.sentences().stream()
                .filter(x -> x.text().startsWith("Tốc độ tăng trưởng kinh tế (GRDP): 7 - 7,5%")).findFirst().orElseThrow();
        assertEquals(Optional.of("D1/I/3/3.1"), grdp.sectionId());
    }

    @Test
    void sentencesSplitAtFullStopsButNotInsideNumbers() {
        Sentence s = d001.sentences().stream().filter(x -> x.text().startsWith("Đánh giá cao, biểu dương"))
                .findFirst().orElseThrow();
        assertTrue(s.text().endsWith("GRDP bình quân đầu người đạt 46,5 triệu đồng."), s.text());
        assertEquals(Optional.of("I"), s.sectionId());
        assertTrue(d001.sentences().stream().anyMatch(x -> x.text().startsWith("Trong bối cảnh dịch bệnh")));
    }

    @Test
    void pageBreakInsideASentenceIsMended() throws DocumentException {
        ParsedDocument d000 = DocumentParser.create().parse(Corpus.seed("000"));
        assertTrue(d000.sentences().stream().anyMatch(s -> s.text().contains("triển khai thực hiện toàn diện, rộng khắp")));
    }

    @Test
    void footnotesAreLinkedToTheirMarkers() {
        assertEquals(33, d002.footnotes().size());
        Footnote f4 = d002.footnotes().stream().filter(f -> f.number().equals("4")).findFirst().orElseThrow();
        assertTrue(f4.text().startsWith("Cửa khẩu quốc tế Hữu Nghị, Ga đường sắt quốc tế Đồng Đăng"));
        Sentence marker = d002.sentenceAt(f4.markerOffset().orElseThrow()).orElseThrow();
        assertTrue(marker.text().contains("tại 06 cửa khẩu⁴"), marker.text());
        assertTrue(d002.sentences().stream().anyMatch(s -> s.part() == Sentence.Part.FOOTNOTE
                && s.text().startsWith("Cửa khẩu quốc tế Hữu Nghị")));
        assertTrue(d002.sentences().stream().filter(s -> s.part() == Sentence.Part.BODY)
                .noneMatch(s -> s.text().startsWith("⁴")), "a footnote is not body text");
    }

    @Test
    void textThatIsNotAGovernmentDocumentIsRefused() {
        byte[] recipe = "Phở bò\n\nNấu nước dùng từ xương bò trong 6 giờ. Thêm hành nướng.\n".getBytes(StandardCharsets.UTF_8);
        DocumentException e = assertThrows(DocumentException.class, () -> DocumentParser.create().parse("pho.txt", recipe));
        assertTrue(e.getMessage().startsWith("not a government document"), e.getMessage());
    }

    @Test
    void utf16CopyOfASeedParsesToTheSameText() throws Exception {
        String text = Files.readString(Corpus.seed("001"), StandardCharsets.UTF_8);
        ParsedDocument copy = DocumentParser.create().parse("copy.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(d001.text(), copy.text());
        assertEquals("UTF-16LE", copy.encoding());
    }

    private static Section section(ParsedDocument d, String id) {
        return d.sections().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + id + " in " + d.sections().stream().map(Section::id).toList()));
    }
}
