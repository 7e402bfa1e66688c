package org.lskg.document;

import java.util.Optional;

/**
 * A sentence with its character offsets in the normalised text. Every fact lskg extracts points to one.
 *
 * @param index     position in the document, from 0
 * @param start     offset of the first character
 * @param end       offset after the last character ({@code text.substring(start, end)} is the sentence as
 *                  it stands, line breaks of a PDF layout included)
 * @param text      the sentence with white space collapsed
 * @param sectionId the innermost section that contains it
 * @param part      which part of the document holds it
 */
public record Sentence(int index, int start, int end, String text, Optional<String> sectionId, Part part) {

    /**
     * The parts of a document that hold sentences: the header block (one sentence per line or column
     * cell: issuer, number, place and date), the title (trích yếu), the body, footnotes, and the tail
     * (recipients and signature, one per line or cell).
     */
    public enum Part { HEADER, TITLE, BODY, FOOTNOTE, TAIL }
}
