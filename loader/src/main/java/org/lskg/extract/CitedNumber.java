package org.lskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A số/ký hiệu written in a text, in one of the two families of Vietnamese numbering:
 * <ul>
 *   <li>{@link Family#STATE state}: {@code N/CODE-ISSUER[-UNIT]} (320/TB-VPCP; a công văn without type code,
 *       12/UBND-VX), normative {@code N/YYYY/CODE-ISSUER} (08/2019/NQ-HĐND) and the National Assembly's
 *       {@code N/YYYY/QH15};</li>
 *   <li>{@link Family#PARTY party}: {@code N-CODE/ISSUER} (11-NQ/TW, 95-NQ/TU).</li>
 * </ul>
 * The grammar tolerates what printing and PDF extraction do to numbers: a space before the slash
 * ("5973 /UBND-KT", a number typed into a blank), a line or page break after a hyphen ("10-⏎⏎NQ/TW",
 * "36/2025/TT-⏎BNNMT"), a lost hyphen ("3027/QĐUBND", read by {@link NumberSymbols}). It does not match
 * dates (11/10/2021), chainage (Km18-Km80), ranges (1088/2-1089) or ratios (199/200, 10/19): after the
 * number's slash or hyphen comes a capital letter, and a number never follows a letter, digit or slash.
 *
 * @param number the number as printed, white space removed ("5973/UBND-KT", "10-NQ/TW")
 * @param start  offset of its first character in the searched text
 * @param end    offset after its last character
 * @param family its numbering family
 */
record CitedNumber(String number, int start, int end, Family family) {

    /** The two numbering families. */
    enum Family { STATE, PARTY }

    /** A hyphen may be followed by a line break (and blank lines) where a PDF broke the line. */
    private static final String BREAK = "(?:[ \\t]*\\R\\s*)?";
    /** A code group; a dot may join two capitalised parts: "VPCP-V.I" (Vụ I), "CCTKV.XII" (a tax branch). */
    private static final String GROUP = "\\p{Lu}[\\p{L}\\d&]*(?:\\.\\p{Lu}[\\p{L}\\d&]*)*";
    private static final String GROUPS = GROUP + "(?:-" + BREAK + GROUP + ")*";
    private static final String BEFORE = "(?<![\\p{L}\\d/.,-])";
    private static final String AFTER = "(?![\\p{L}\\d&])";
    private static final Pattern STATE = Pattern.compile(
            BEFORE + "\\d{1,5}[ \\t]*/(?:\\d{4}/)?" + GROUPS + AFTER);
    private static final Pattern PARTY = Pattern.compile(
            BEFORE + "\\d{1,5}-" + BREAK + "\\p{Lu}\\p{L}{0,5}/" + GROUPS + AFTER);
    private static final Pattern YEAR = Pattern.compile("^\\d+/(\\d{4})/");
    private static final Pattern SERIAL = Pattern.compile("^\\d+/(?:\\d{4}/)?");

    CitedNumber {
        if (number.isEmpty() || !Character.isDigit(number.charAt(0)) || number.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a document number: \"" + number + "\"");
        }
    }

    /** Every number in {@code text}, in order. */
    static List<CitedNumber> findAll(String text) {
        List<CitedNumber> out = new ArrayList<>();
        collect(STATE.matcher(text), Family.STATE, out);
        collect(PARTY.matcher(text), Family.PARTY, out);
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    private static void collect(Matcher m, Family family, List<CitedNumber> out) {
        while (m.find()) {
            out.add(new CitedNumber(m.group().replaceAll("\\s+", ""), m.start(), m.end(), family));
        }
    }

    /** The year segment of a normative number (08/2019/NQ-HĐND → 2019). */
    Optional<String> year() {
        Matcher m = YEAR.matcher(number);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The groups of the ký hiệu, in order: "08/2019/NQ-HĐND" → [NQ, HĐND], "95-NQ/TU" → [NQ, TU],
     * "12/UBND-VX" → [UBND, VX], "202/2025/QH15" → [QH15]. The first is a type code, or the issuer's
     * where the number has no type code ({@link NumberSymbols} tells them apart).
     */
    List<String> groups() {
        String symbol = family == Family.PARTY
                ? number.substring(number.indexOf('-') + 1)
                : SERIAL.matcher(number).replaceFirst("");
        return List.of(symbol.split("[-/]"));
    }
}
