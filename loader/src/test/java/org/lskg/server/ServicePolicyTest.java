package org.lskg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** Which SERVICE endpoints a query may call. */
class ServicePolicyTest {

    @Test
    void exactEndpointsOrPrefixesEndingInSlash() {
        ServicePolicy p = new ServicePolicy(List.of("http://a.example/lskg/sparql", "https://b.example/sparql/"));
        assertTrue(p.allows("http://a.example/lskg/sparql"));
        assertFalse(p.allows("http://a.example/lskg/sparql2"));
        assertFalse(p.allows("http://a.example/lskg/"));
        assertTrue(p.allows("https://b.example/sparql/any"));
        assertFalse(ServicePolicy.none().allows("http://a.example/lskg/sparql"));
        assertThrows(IllegalArgumentException.class, () -> new ServicePolicy(List.of("file:///etc/passwd")));
    }

    @Test
    void contextSettings() {
        Context none = new Context();
        ServicePolicy.none().applyTo(none);
        assertFalse(none.isTrue(ARQ.httpServiceAllowed));
        Context some = new Context();
        new ServicePolicy(List.of("http://a.example/sparql")).applyTo(some);
        assertTrue(some.isTrue(ARQ.httpServiceAllowed));
    }
}
