package org.lskg.document;

import org.lskg.text.Fold;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The province (or centrally-run city) a document belongs to. */
public final class Locality {
    private Locality() {}

    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?u)\\b(tỉnh|thành phố)\\s+(\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){0,3})");

    /** "tỉnh Lạng Sơn" for a document of Lạng Sơn: see {@link #of(String, Optional)}. */
    public static Optional<String> of(ParsedDocument doc) {
        Optional<String> fromIssuer = doc.issuer().flatMap(i -> {
            Matcher m = UNIT_NAME.matcher(i.name());
            return m.find() && m.group(1).equals("tỉnh") ? Optional.of(m.group()) : Optional.empty();
        });
        return fromIssuer.or(() -> of(doc.text(), doc.place()));
    }

    /**
     * The unit named like the place of issue ("Lạng Sơn, ngày ..." and "tỉnh Lạng Sơn"), else the province
     * or city the text names most often.
     */
    public static Optional<String> of(String text, Optional<String> place) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> firstForm = new HashMap<>();
        Matcher m = UNIT_NAME.matcher(text);
        while (m.find()) {
            String form = m.group(1) + " " + m.group(2);
            String key = Fold.key(form);
            counts.merge(key, 1, Integer::sum);
            firstForm.putIfAbsent(key, form);
            if (place.isPresent() && Fold.key(m.group(2)).equals(Fold.key(place.get())) && m.group(1).equals("tỉnh")) {
                return Optional.of(form);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> firstForm.get(e.getKey()));
    }
}
