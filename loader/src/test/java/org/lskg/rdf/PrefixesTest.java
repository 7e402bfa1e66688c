package org.lskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

class PrefixesTest {

    @Test
    void mapsOurAndTheReusedNamespaces() {
        assertEquals(15, Prefixes.STANDARD.numPrefixes());
        assertEquals(LSKG.Document.getURI(), Prefixes.STANDARD.expandPrefix("lskg:Document"));
        assertEquals(LSKG.ID + "doc/x", Prefixes.STANDARD.expandPrefix("id:doc/x"));
        assertEquals(LSKG.NIF_Context.getURI(), Prefixes.STANDARD.expandPrefix("nif:Context"));
        assertEquals("dcterms:title", Prefixes.STANDARD.shortForm(LSKG.DCT_title.getURI()));
    }

    @Test
    void isLocked() {
        assertThrows(PrefixMapping.JenaLockedException.class,
                () -> Prefixes.STANDARD.setNsPrefix("ex", "http://example.org/"));
    }
}
