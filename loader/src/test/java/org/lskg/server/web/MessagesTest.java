package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The pages' words: the same keys in both languages, and the language a request gets. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Messages m = new Messages();
        assertEquals(m.of("vi").keySet(), m.of("en").keySet());
        assertNotEquals(m.get("vi", "search.button"), m.get("en", "search.button"));
        assertEquals("Tìm", m.get("vi", "search.button"));
    }

    @Test
    void languageChoice() {
        assertEquals("vi", Messages.choose(null, null));
        assertEquals("en", Messages.choose(null, "en-US,en;q=0.9"));
        assertEquals("vi", Messages.choose(null, "fr-FR, vi;q=0.8, en;q=0.5"));
        assertEquals("en", Messages.choose("en", "vi"));
        assertEquals("vi", Messages.choose("xx", "de, fr"));
        assertEquals("vi", Messages.choose(null, ";;;garbage"));
    }
}
