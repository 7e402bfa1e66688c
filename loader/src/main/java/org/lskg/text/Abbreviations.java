package org.lskg.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The abbreviation table of {@code org/lskg/data/abbreviations.tsv}: abbreviation → full form and kind.
 * Lookup is exact (case- and diacritic-sensitive), as the codes of NĐ 30/2020 require.
 */
public final class Abbreviations {

    /** What an abbreviation stands for. */
    public enum Kind {
        /** A body that needs no locality (Văn phòng Chính phủ). */
        BODY,
        /** A body that exists at every level and must be qualified by its locality (Ủy ban nhân dân). */
        LOCAL,
        /** An issuer code used only inside số/ký hiệu (BKHĐT). */
        CODE,
        /** A common noun phrase (KCN → Khu công nghiệp). */
        TERM
    }

    /** One row of the table. */
    public record Entry(String abbreviation, String expansion, Kind kind) {}

    private static final String RESOURCE = "/org/lskg/data/abbreviations.tsv";

    private final Map<String, Entry> entries;

    private Abbreviations(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The table shipped with lskg. */
    public static Abbreviations standard() {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.rows(RESOURCE)) {
            row.require(3, "3 tab-separated columns");
            map.putIfAbsent(row.get(0), new Entry(row.get(0), row.get(1), Kind.valueOf(row.get(2).toUpperCase(Locale.ROOT))));
        }
        return new Abbreviations(map);
    }

    public Optional<Entry> lookup(String abbreviation) {
        return Optional.ofNullable(entries.get(Fold.nfc(abbreviation)));
    }

    public Map<String, Entry> entries() {
        return entries;
    }
}
