package org.lskg.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string, detecting the encodings Vietnamese documents arrive in:
 * UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when every other byte is zero) and
 * Windows-1258. Bytes that are none of these, or that look binary, are rejected.
 */
final class TextDecoder {

    /** The decoded text and the name of the charset it was read with. */
    record Decoded(String text, String charset) {}

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    Decoded decode(byte[] bytes) throws SourceException {
        if (bytes.length == 0) {
            throw new SourceException("empty file");
        }
        Decoded bom = byBom(bytes);
        if (bom != null) {
            return checked(bom);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return checked(new Decoded(new String(bytes, utf16), utf16.name()));
        }
        if (looksBinary(bytes)) {
            throw new SourceException("binary file, not text");
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(new Decoded(utf8, "UTF-8"));
        }
        String cp1258 = strict(bytes, WINDOWS_1258);
        if (cp1258 != null && looksVietnamese(cp1258)) {
            return checked(new Decoded(cp1258, WINDOWS_1258.name()));
        }
        throw new SourceException("not valid UTF-8, UTF-16 or Windows-1258 text");
    }

    private static Decoded byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        return null;
    }

    /** UTF-16 without BOM: most ASCII characters leave a zero byte at every even (BE) or odd (LE) index. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return StandardCharsets.UTF_16LE;
        if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > n * 0.02;
    }

    private static String strict(byte[] b, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Windows-1258 decodes almost any byte string; accept it only if Vietnamese letters come out. */
    private static boolean looksVietnamese(String s) {
        long marks = s.chars().filter(c -> c == 'ơ' || c == 'ư' || c == 'đ' || c == 'Đ' || c == 'ă' || c == 'â'
                || c == 'ê' || c == 'ô' || (c >= 0x0300 && c <= 0x0323)).count();
        return marks >= Math.max(3, s.length() / 200);
    }

    private static Decoded checked(Decoded d) throws SourceException {
        if (d.text().isBlank()) {
            throw new SourceException("empty file (only white space)");
        }
        long control = d.text().chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        if (control > d.text().length() * 0.02) {
            throw new SourceException("binary file, not text");
        }
        return d;
    }
}
