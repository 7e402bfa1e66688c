package org.lskg.rdf;

import org.lskg.document.DocumentType;
import org.lskg.document.ParsedDocument;
import org.lskg.document.Signature;
import org.lskg.text.Fold;
import org.lskg.text.Hashes;

import java.util.Optional;

/**
 * Mints lskg's IRIs. Every IRI is a function of the document's content, never of load order or time,
 * so the same input always gives the same triples:
 * <ul>
 *   <li>a document with a số/ký hiệu: {@code id/doc/<issuer>/<year>/<number>} (numbers restart every
 *       year, so the year is part of the key), e.g. {@code id/doc/van-phong-chinh-phu/2021/320-tb-vpcp};</li>
 *   <li>a document without one (drafts, headerless copies): {@code id/doc/text/<sha-256 of its
 *       normalised text, 20 hex digits>}, so a UTF-16 copy of a UTF-8 file is the same document;</li>
 *   <li>its parts below it ({@code .../s12} a sentence, {@code .../section/II/3}, {@code .../fn4});</li>
 *   <li>bodies and persons by their normalised name: {@code id/body/van-phong-chinh-phu}.</li>
 * </ul>
 */
public final class Iris {
    private Iris() {}

    public static final String GRAPH = "https://w3id.org/lskg/graph/";

    /** The path that identifies the document under {@link LSKG#ID} and {@link #GRAPH}. */
    public static String documentPath(ParsedDocument doc) {
        if (doc.number().isPresent()) {
            return numberedPath(doc.issuer().map(i -> i.name()), doc.issued().map(d -> d.iso().substring(0, 4)),
                    doc.number().get());
        }
        return "doc/text/" + Hashes.sha256Hex(doc.text()).substring(0, 20);
    }

    /**
     * The IRI of a numbered document from its issuer, year and số/ký hiệu. A document cited elsewhere
     * ("Quyết định số 1725/QĐ-TTg ngày 29/12/2023") gets the same IRI as the document itself once loaded,
     * so citation and corpus meet in one node.
     */
    public static String numberedDocument(Optional<String> issuer, Optional<String> year, String number) {
        return LSKG.ID + numberedPath(issuer, year, number);
    }

    private static String numberedPath(Optional<String> issuer, Optional<String> year, String number) {
        return "doc/" + issuer.map(Fold::slug).orElse("unknown-issuer") + "/" + year.orElse("undated") + "/"
                + Fold.slug(number);
    }

    public static String document(ParsedDocument doc) {
        return LSKG.ID + documentPath(doc);
    }

    public static String graph(ParsedDocument doc) {
        return GRAPH + documentPath(doc);
    }

    public static String documentType(DocumentType type) {
        return LSKG.ID + "doctype/" + type.slug();
    }

    public static String authority(Signature.Prefix prefix) {
        return LSKG.ID + "authority/" + prefix.name().toLowerCase(java.util.Locale.ROOT);
    }

    public static String body(String name) {
        return LSKG.ID + "body/" + Fold.slug(name);
    }

    public static String person(String name) {
        return LSKG.ID + "person/" + Fold.slug(name);
    }

    /**
     * "II/3/3.1" → "ii/3/3-1": each path segment made URL-safe. Points "d)" and "đ)" follow each other
     * in Vietnamese lists, so "đ" becomes "dd" rather than folding onto "d".
     */
    public static String section(String documentIri, String sectionId) {
        StringBuilder sb = new StringBuilder(documentIri).append("/section");
        for (String segment : sectionId.split("/")) {
            sb.append('/').append(Fold.ascii(segment.replace("đ", "dd").replace("Đ", "DD")).replace(' ', '-'));
        }
        return sb.toString();
    }

}
