package org.lskg.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The source stage's facade: a file in, its {@link SourceText} out, whatever the format (text, markdown,
 * PDF with a text layer, .docx, saved HTML page). The format is read from the bytes (a PDF is a PDF
 * whatever its name) and, for text that could be HTML, from the name. Immutable and thread-safe: make one
 * and share it. A file that cannot be read is a {@link SourceException} with a one-line reason.
 *
 * <pre>{@code
 * SourceText t = SourceReader.create().read(Path.of("inbox/844-qd-ttg.pdf"));
 * }</pre>
 */
public final class SourceReader {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] RTF_MAGIC = "{\\rtf".getBytes(StandardCharsets.US_ASCII);
    /** PDF writers may put a few bytes of junk before the header; readers look this far for it. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private final TextDecoder decoder = new TextDecoder();

    private SourceReader() {}

    public static SourceReader create() {
        return new SourceReader();
    }

    public SourceText read(Path file) throws SourceException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceException("cannot read the file: " + e.getMessage());
        }
        return read(file.getFileName().toString(), bytes);
    }

    /** The text of {@code bytes}, read from a file named {@code fileName} (its name guides only HTML). */
    public SourceText read(String fileName, byte[] bytes) throws SourceException {
        if (bytes.length == 0) {
            throw new SourceException("empty file");
        }
        Optional<SourceFormat> named = SourceFormat.byFileName(fileName);
        if (indexOf(bytes, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0) {
            return new PdfReader().read(fileName, bytes);
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            if (named.isPresent() && named.get() != SourceFormat.DOCX) {
                throw new SourceException("a ZIP archive, not " + named.get().name().toLowerCase(Locale.ROOT) + " text");
            }
            return new DocxReader().read(fileName, bytes);
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            throw new SourceException("a legacy Office file (.doc/.xls): save it as .docx or PDF first");
        }
        if (startsWith(bytes, RTF_MAGIC)) {
            throw new SourceException("an RTF file: save it as .docx or PDF first");
        }
        if (named.map(f -> f == SourceFormat.HTML).orElse(false) || (named.isEmpty() && looksLikeHtml(bytes))) {
            return new HtmlReader().read(fileName, bytes);
        }
        TextDecoder.Decoded d = decoder.decode(bytes);
        SourceFormat format = named.filter(f -> f == SourceFormat.MARKDOWN).orElse(SourceFormat.TEXT);
        return new SourceText(fileName, format, d.charset(), Optional.empty(), d.text());
    }

    /** A file without a known extension that opens as an HTML page does ("<!DOCTYPE html", "<html"). */
    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int window) {
        int last = Math.min(bytes.length, window) - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
