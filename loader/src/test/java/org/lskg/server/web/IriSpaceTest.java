package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The mapping between canonical IRIs, the server's paths and the public base; and content negotiation. */
class IriSpaceTest {

    private static final String DOC = "https://w3id.org/lskg/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp";

    @Test
    void pathsAndPublicForms() {
        IriSpace local = new IriSpace("http://127.0.0.1:3030/");
        assertEquals(Optional.of("/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp"), IriSpace.pathOf(DOC));
        assertEquals(Optional.of(DOC), IriSpace.canonicalOf("/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp"));
        assertEquals("http://127.0.0.1:3030/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp", local.toPublic(DOC));
        assertEquals(DOC, local.toCanonical(local.toPublic(DOC)));
        assertEquals(DOC, local.toCanonical(DOC));
        // vocabulary terms keep their IRIs
        assertEquals("https://w3id.org/lskg/ontology#Commitment", local.toPublic("https://w3id.org/lskg/ontology#Commitment"));
        assertEquals(Optional.empty(), IriSpace.pathOf("https://w3id.org/lskg/ontology#Commitment"));
        assertEquals(Optional.empty(), IriSpace.canonicalOf("/id/"));
        assertEquals(Optional.empty(), IriSpace.canonicalOf("/static/lskg.css"));
        assertTrue(local.rewrites());
        assertFalse(IriSpace.canonical().rewrites());
        assertEquals(DOC, IriSpace.canonical().toPublic(DOC));
    }

    @Test
    void aBaseIsAnHttpDirectory() {
        assertThrows(IllegalArgumentException.class, () -> new IriSpace("http://example.org/lskg"));
        assertThrows(IllegalArgumentException.class, () -> new IriSpace("ftp://example.org/"));
        assertThrows(IllegalArgumentException.class, () -> new IriSpace("/relative/"));
    }

    @Test
    void negotiation() {
        assertEquals(Optional.of(Representation.HTML), Representation.negotiate(null));
        assertEquals(Optional.of(Representation.HTML), Representation.negotiate("*/*"));
        assertEquals(Optional.of(Representation.HTML),
                Representation.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(Optional.of(Representation.TURTLE), Representation.negotiate("text/turtle"));
        assertEquals(Optional.of(Representation.TURTLE), Representation.negotiate("text/turtle;q=0.9, application/ld+json;q=0.5"));
        assertEquals(Optional.of(Representation.JSONLD), Representation.negotiate("application/ld+json"));
        assertEquals(Optional.of(Representation.NTRIPLES), Representation.negotiate("application/n-triples"));
        assertEquals(Optional.empty(), Representation.negotiate("image/png"));
        assertEquals(Optional.of(Representation.TURTLE), Representation.ofExtension("/id/x.ttl"));
        assertEquals(Optional.empty(), Representation.ofExtension("/id/x"));
    }
}
