package org.lskg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' words in Vietnamese and English ({@code messages_vi.properties}, {@code messages_en.properties}
 * beside this class, UTF-8). Both files must hold the same keys; a test checks it. Immutable.
 */
final class Messages {

    /** The languages of the pages, the default first. */
    static final List<String> LANGUAGES = List.of("vi", "en");

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();
    private final Map<String, Map<String, Object>> trees = new HashMap<>();

    Messages() {
        LANGUAGES.forEach(lang -> byLanguage.put(lang, load(lang)));
        byLanguage.forEach((lang, flat) -> trees.put(lang, nest(flat)));
    }

    /** Every message in {@code lang} (one of {@link #LANGUAGES}), by key. */
    Map<String, String> of(String lang) {
        return byLanguage.getOrDefault(lang, byLanguage.get(LANGUAGES.get(0)));
    }

    /**
     * The messages as nested maps, for templates: Mustache reads {@code t.search.button} as the key
     * {@code button} of the map {@code search}, so {@code search.button=Tìm} becomes {@code {search: {button: Tìm}}}.
     */
    Map<String, Object> tree(String lang) {
        return trees.getOrDefault(lang, trees.get(LANGUAGES.get(0)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nest(Map<String, String> flat) {
        Map<String, Object> root = new HashMap<>();
        flat.forEach((key, value) -> {
            String[] parts = key.split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Object child = node.computeIfAbsent(parts[i], k -> new HashMap<String, Object>());
                if (!(child instanceof Map)) {
                    throw new IllegalStateException("Message key " + key + " is also a prefix of another");
                }
                node = (Map<String, Object>) child;
            }
            if (node.putIfAbsent(parts[parts.length - 1], value) != null) {
                throw new IllegalStateException("Message key " + key + " is also a prefix of another");
            }
        });
        return root;
    }

    /** One message; the key itself if missing, so a gap shows on the page instead of failing it. */
    String get(String lang, String key) {
        return of(lang).getOrDefault(key, key);
    }

    /** The language of a request: an explicit choice, else the first of Accept-Language we have, else Vietnamese. */
    static String choose(String explicit, String acceptLanguage) {
        if (explicit != null && LANGUAGES.contains(explicit)) {
            return explicit;
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (LANGUAGES.contains(primary)) {
                        return primary;
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: no preference
            }
        }
        return LANGUAGES.get(0);
    }

    private static Map<String, String> load(String lang) {
        String resource = "/org/lskg/server/web/messages_" + lang + ".properties";
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + resource);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new HashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return Map.copyOf(m);
    }
}
