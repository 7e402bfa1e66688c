package org.lskg.server.web;

import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A request as the pages see it: its decoded path (Jetty has already refused ambiguous encodings and resolved
 * dot segments), its parameters and the language of the answer.
 */
record WebRequest(HttpServletRequest http, String path, String lang) {

    static final String LANG_PARAM = "lang";
    static final String LANG_COOKIE = "lskg-lang";

    static WebRequest of(HttpServletRequest http) {
        String path = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
        String explicit = http.getParameter(LANG_PARAM);
        if (explicit == null && http.getCookies() != null) {
            for (Cookie c : http.getCookies()) {
                if (LANG_COOKIE.equals(c.getName())) {
                    explicit = c.getValue();
                }
            }
        }
        return new WebRequest(http, path.isEmpty() ? "/" : path, Messages.choose(explicit, http.getHeader("Accept-Language")));
    }

    /** A parameter, trimmed; empty if missing or blank. */
    Optional<String> param(String name) {
        String v = http.getParameter(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    String method() {
        return http.getMethod();
    }

    String accept() {
        return http.getHeader("Accept");
    }

    /** The other page language, for the language switch. */
    String otherLang() {
        return Messages.LANGUAGES.stream().filter(l -> !l.equals(lang)).findFirst().orElse(lang);
    }
}
