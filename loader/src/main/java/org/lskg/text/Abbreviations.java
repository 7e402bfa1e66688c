package org.lskg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
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
        try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Abbreviations parse(InputStream in) throws IOException {
        Map<String, Entry> map = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalStateException(RESOURCE + ":" + n + ": expected 3 tab-separated columns");
            }
            String abbr = Fold.nfc(f[0].strip());
            map.putIfAbsent(abbr, new Entry(abbr, Fold.nfc(f[1].strip()), Kind.valueOf(f[2].strip().toUpperCase())));
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
