package org.lskg.document;

import java.util.Optional;

/**
 * A footnote: its marker number, its text and where it is referenced from.
 *
 * @param number        the marker ("4" for ⁴)
 * @param start         offset of the footnote text
 * @param end           offset after the footnote text
 * @param text          the footnote text with white space collapsed
 * @param markerOffset  offset of the marker in the body, when found
 */
public record Footnote(String number, int start, int end, String text, Optional<Integer> markerOffset) {}
