package org.lskg.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline read from a directive: the last day it allows and the words that say so.
 *
 * @param lastDay   the last allowed day ("trước ngày 30/11/2021" → 2021-11-30, "trước tháng 6 năm 2022" →
 *                  2022-05-31, "trong quý III/2024" → 2024-09-30); a year printed wrongly is kept as printed
 * @param text      the words as written, cue included ("chậm nhất trước tháng 6 năm 2022")
 * @param start     offset of {@code text} in the searched clause or heading
 * @param end       offset after {@code text}
 * @param precision how finely the words fix the deadline
 */
public record Deadline(LocalDate lastDay, String text, int start, int end, Precision precision) {

    /** The granularity of the period the words name, finest first. */
    public enum Precision {
        /** A calendar day: "trước ngày 15/01/2024". */
        DAY,
        /** A month, or the first or last months of a year: "trong tháng 02/2024", "6 tháng đầu năm 2024". */
        MONTH,
        /** A quarter: "trong quý III/2024". */
        QUARTER,
        /** A year: "trong năm 2023", "từ nay đến hết năm". */
        YEAR,
        /** A span counted from the document's date: "trong 02 năm", "trong 30 ngày". */
        RELATIVE
    }

    public Deadline {
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(precision, "precision");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not span \"" + text + "\"");
        }
    }
}
