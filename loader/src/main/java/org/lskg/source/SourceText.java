package org.lskg.source;

import java.util.Objects;
import java.util.Optional;

/**
 * The text of one source file, whatever its format, laid out the way {@code pdftotext -layout} lays out a
 * page: one line per printed line (a paragraph per line where the format has no lines, as in .docx and
 * HTML), table cells and the columns of a two-column header side by side, separated by three or more
 * spaces, and nothing that is not the document (gazette page headers, signature stamps, page numbers,
 * scripts). The document layer normalises it further (NFC, markup); offsets are its business.
 *
 * @param fileName the file name, without folders
 * @param format   the format the bytes were read as (by their content, not only their name)
 * @param encoding the character encoding text was decoded with ("UTF-8", "windows-1258"), or for PDF and
 *                 .docx the container ("PDF text layer", "DOCX")
 * @param producer the program that wrote the file, when the file says (PDF Producer/Creator, the .docx
 *                 application, an HTML generator meta tag)
 * @param text     the text, lines separated by '\n'
 */
public record SourceText(String fileName, SourceFormat format, String encoding, Optional<String> producer,
                         String text) {
    public SourceText {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(format);
        Objects.requireNonNull(encoding);
        Objects.requireNonNull(producer);
        Objects.requireNonNull(text);
    }
}
