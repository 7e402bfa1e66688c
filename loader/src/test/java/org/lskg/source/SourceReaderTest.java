package org.lskg.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How the facade tells formats apart: by the bytes first, by the name for text that could be a page. */
class SourceReaderTest {

    private final SourceReader reader = SourceReader.create();
    private static final String TEXT = "ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/TB-UBND\n";

    @Test
    void textAndMarkdownKeepTheirTextAndCharset() throws SourceException {
        SourceText txt = reader.read("tb.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(SourceFormat.TEXT, txt.format());
        assertEquals("UTF-8", txt.encoding());
        assertEquals(TEXT, txt.text());
        SourceText md = reader.read("tb.md", ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(SourceFormat.MARKDOWN, md.format());
        assertEquals("UTF-16LE", md.encoding());
        assertEquals(TEXT, md.text());
    }

    @Test
    void markupInATextFileIsText() throws SourceException {
        String html = "<html><body><p>Số: 45/TB-UBND</p></body></html>\n";
        assertEquals(html, reader.read("note.txt", html.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void formatsLskgDoesNotReadAreRefusedWithAReason() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals("a legacy Office file (.doc/.xls): save it as .docx or PDF first",
                assertThrows(SourceException.class, () -> reader.read("cv.doc", ole2)).getMessage());
        byte[] rtf = "{\\rtf1\\ansi Số: 45}".getBytes(StandardCharsets.UTF_8);
        assertEquals("an RTF file: save it as .docx or PDF first",
                assertThrows(SourceException.class, () -> reader.read("cv.rtf", rtf)).getMessage());
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertEquals("a ZIP archive, not markdown text",
                assertThrows(SourceException.class, () -> reader.read("cv.md", zip)).getMessage());
        assertEquals("empty file", assertThrows(SourceException.class, () -> reader.read("a.pdf", new byte[0])).getMessage());
    }
}
