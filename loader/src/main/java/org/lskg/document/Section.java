package org.lskg.document;

import java.util.Optional;

/**
 * A unit of the document's hierarchy: part, roman section ("I."), article ("Điều 1."), clause ("1."),
 * sub-clause ("1.1."), point ("a)") or markdown heading.
 *
 * @param id       path of markers from the top, unique in the document: "II.2.a"
 * @param marker   the marker as printed ("II.", "Điều 1.", "a)"), empty for unnumbered headings
 * @param heading  the heading words when the line is a heading rather than running text
 * @param level    1 for top-level sections
 * @param parentId the enclosing section
 * @param order    position among all sections of the document, from 0
 * @param start    offset of the marker in the normalised text
 * @param end      offset where the section ends (start of the next section at the same or a higher level)
 */
public record Section(String id, String marker, Optional<String> heading, int level, Optional<String> parentId,
                      int order, int start, int end) {}
