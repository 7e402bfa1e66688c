package org.lskg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The pages' Mustache templates ({@code templates/NAME.mustache} beside this class), compiled once. Values are
 * HTML-escaped unless a template asks otherwise with a triple mustache, which only the server's own markup
 * (the timeline drawing) uses. Missing values render as nothing; empty strings, empty lists and zero count as
 * false in sections. Partials ({@code {{> name}}}) come from the same folder. Thread-safe.
 */
final class Templates {

    private static final String FOLDER = "/org/lskg/server/web/templates/";

    private final Mustache.Compiler compiler = Mustache.compiler()
            .escapeHTML(true)
            .defaultValue("")
            .emptyStringIsFalse(true)
            .zeroIsFalse(true)
            .withLoader(Templates::reader);
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    /** Renders template {@code name} with {@code model}. */
    String render(String name, Map<String, ?> model) {
        return compiled.computeIfAbsent(name, n -> compiler.compile(source(n))).execute(model);
    }

    private static Reader reader(String name) {
        return new StringReader(source(name));
    }

    private static String source(String name) {
        String resource = FOLDER + name + ".mustache";
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
