package org.lskg.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextDecoderTest {

    private static final String TEXT = "Số: 320/TB-VPCP\nHà Nội, ngày 28 tháng 11 năm 2021\nTHÔNG BÁO\nKết luận của Thủ tướng";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8WithAndWithoutBom() throws SourceException {
        assertEquals(TEXT, decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)).text());
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertEquals(TEXT, decoder.decode(bom).text());
    }

    @Test
    void utf16WithBomAndWithout() throws SourceException {
        byte[] le = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(TEXT, decoder.decode(le).text());
        TextDecoder.Decoded be = decoder.decode(TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(TEXT, be.text());
        assertEquals("UTF-16BE", be.charset());
    }

    @Test
    void windows1258IsDetectedAndDecoded() throws SourceException {
        Charset cp1258 = Charset.forName("windows-1258");
        byte[] bytes = toneMarksApart(TEXT).getBytes(cp1258);
        TextDecoder.Decoded d = decoder.decode(bytes);
        assertEquals("windows-1258", d.charset());
        assertEquals(TEXT, Normalizer.normalize(d.text(), Normalizer.Form.NFC), "the normaliser composes the tones");
    }

    /**
     * Windows-1258 has "ô", "ơ", "ư", "đ" as letters but the five tones only as combining marks, so a
     * Vietnamese text is written in it with each tone after its letter: "ố" is "ô" + U+0301.
     */
    private static String toneMarksApart(String s) {
        String tones = "\u0300\u0301\u0303\u0309\u0323";
        StringBuilder out = new StringBuilder();
        StringBuilder cluster = new StringBuilder();
        StringBuilder held = new StringBuilder();
        for (char c : Normalizer.normalize(s, Normalizer.Form.NFD).toCharArray()) {
            if (tones.indexOf(c) >= 0) {
                held.append(c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                cluster.append(c);
            } else {
                out.append(Normalizer.normalize(cluster, Normalizer.Form.NFC)).append(held);
                cluster.setLength(0);
                held.setLength(0);
                cluster.append(c);
            }
        }
        return out.append(Normalizer.normalize(cluster, Normalizer.Form.NFC)).append(held).toString();
    }

    @Test
    void emptyBlankAndBinaryFilesAreRejectedWithAReason() {
        assertEquals("empty file", assertThrows(SourceException.class, () -> decoder.decode(new byte[0])).getMessage());
        assertEquals("empty file (only white space)", assertThrows(SourceException.class,
                () -> decoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8))).getMessage());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertEquals("binary file, not text", assertThrows(SourceException.class, () -> decoder.decode(png)).getMessage());
    }

    @Test
    void bytesThatAreNoKnownEncodingAreRejected() {
        byte[] latin1 = "Déjà vu, garçon, façade, crème brûlée".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(SourceException.class, () -> decoder.decode(latin1));
    }
}
