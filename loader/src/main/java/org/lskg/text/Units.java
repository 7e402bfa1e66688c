package org.lskg.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The unit vocabulary of {@code org/lskg/data/units.tsv}: the units Vietnamese documents write after
 * numbers ("%", "đồng", "ha", "xã" ...) and their normalised codes. Immutable and thread-safe.
 */
public final class Units {

    /** One row of the table: a written form and what it stands for. */
    public record Entry(String written, String code, Unit.Kind kind) {}

    private static final String RESOURCE = "/org/lskg/data/units.tsv";

    /** Longest written form first, so that "trường học" wins over "trường". */
    private final List<Entry> entries;

    private Units(List<Entry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt((Entry e) -> e.written().length()).reversed())
                .toList();
    }

    /** The table shipped with lskg. */
    public static Units standard() {
        List<Entry> list = new ArrayList<>();
        for (DataFile.Row row : DataFile.rows(RESOURCE)) {
            row.require(3, "3 tab-separated columns");
            list.add(new Entry(row.get(0), row.get(1), Unit.Kind.valueOf(row.get(2).toUpperCase(Locale.ROOT))));
        }
        return new Units(list);
    }

    /**
     * The unit {@code text} starts with, if any: the longest written form that is a prefix of it,
     * ignoring case, and ends at a word end ("hai" does not start with "ha").
     */
    public Optional<Entry> prefixOf(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (Entry e : entries) {
            String w = e.written().toLowerCase(Locale.ROOT);
            if (t.startsWith(w) && (t.length() == w.length() || !Character.isLetterOrDigit(t.charAt(w.length())))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public List<Entry> entries() {
        return entries;
    }
}
