package org.lskg.document;

import org.lskg.text.DateMention;

/**
 * When a document was issued, as precisely as the text says, and where that was read.
 *
 * @param iso    "2021-11-28", or "2024-01" when only month and year are known
 * @param text   the words it was read from
 * @param source which part of the document gave it
 */
public record IssueDate(String iso, String text, Source source) {

    /** Where an issue date came from, from most to least authoritative. */
    public enum Source {
        /** The "địa danh, ngày ... tháng ... năm ..." line of the header. */
        HEADER,
        /** The header line with the day left blank (a draft or an unsigned copy). */
        HEADER_MONTH_ONLY,
        /** A sentence of the body ("thông qua ngày 08 tháng 12 năm 2023"). */
        BODY,
        /** The period named in the title of a periodic report ("tháng 11 ... năm 2023"). */
        TITLE
    }

    static IssueDate of(DateMention d, Source source) {
        return new IssueDate(d.iso(), d.text().replaceAll("\\s+", " ").strip(), source);
    }

    /** True when the day is known. */
    public boolean isFullDate() {
        return iso.length() == 10;
    }
}
