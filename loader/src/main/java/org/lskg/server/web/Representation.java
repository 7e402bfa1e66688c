package org.lskg.server.web;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations of a resource the server offers, and content negotiation between them. A resource is
 * served directly (200) in the representation its client accepts, never through a 303 redirect: a URL with
 * the representation's extension ({@code /id/doc/....ttl}) names one representation and bypasses negotiation.
 * A request without a preference ({@code Accept} missing or only {@code *}{@code /*}) gets HTML.
 */
public enum Representation {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES);

    private static final AcceptList OFFERS = AcceptList.create(
            Arrays.stream(values()).map(Representation::mediaType).toArray(String[]::new));

    private final String mediaType;
    private final String extension;
    private final RDFFormat format;

    Representation(String mediaType, String extension, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The RDF writer format; empty for HTML. */
    public Optional<RDFFormat> format() {
        return Optional.ofNullable(format);
    }

    public Lang lang() {
        return format == null ? null : format.getLang();
    }

    /**
     * The representation an {@code Accept} header asks for; HTML when the header is missing or accepts anything;
     * empty when it accepts none of the offers (406).
     */
    public static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        MediaType match;
        try {
            match = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException e) {
            return Optional.of(HTML); // an unparsable header is treated as no preference
        }
        if (match == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(match.getContentTypeStr())).findFirst();
    }

    /** The representation named by a path's extension ({@code x.ttl} → Turtle), if any. */
    public static Optional<Representation> ofExtension(String path) {
        return Arrays.stream(values()).filter(r -> path.endsWith("." + r.extension)).findFirst();
    }
}
