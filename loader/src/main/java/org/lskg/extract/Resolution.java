package org.lskg.extract;

import java.util.Optional;

/**
 * How a mention's label became canonical: as the patterns built it, or by a known entity's label,
 * exactly or across a one-letter typo.
 *
 * @param method   how
 * @param matched  the known label it was matched on (an alias, or the near-identical label of a typo)
 * @param distance edit distance to {@code matched}: 0 for an exact match
 */
public record Resolution(Method method, Optional<String> matched, int distance) {

    public enum Method {
        /** The label the patterns built ("UBND tỉnh" → "Ủy ban nhân dân tỉnh Lạng Sơn"); no known entity matched. */
        PATTERN,
        /** A known entity's label or alias, exactly (up to case, NFC and tone placement). */
        KNOWN,
        /** A known entity's label one letter away ("huyện Đinh Lập" → "huyện Đình Lập"). */
        KNOWN_TYPO
    }

    public static final Resolution PATTERN = new Resolution(Method.PATTERN, Optional.empty(), 0);
}
