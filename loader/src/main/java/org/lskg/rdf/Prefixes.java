package org.lskg.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes lskg writes its RDF with: our own namespaces ({@code lskg:}, {@code id:}) and the vocabularies
 * the ontology reuses. Used by exports and readable messages; SPARQL files declare their own prefixes.
 */
public final class Prefixes {
    private Prefixes() {}

    /** The lskg prefix mapping. Locked: any attempt to change it throws {@code PrefixMapping.JenaLockedException}. */
    public static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("lskg", LSKG.NS)
            .setNsPrefix("id", LSKG.ID)
            .setNsPrefix("eli", LSKG.ELI)
            .setNsPrefix("org", LSKG.ORG)
            .setNsPrefix("prov", LSKG.PROV)
            .setNsPrefix("time", LSKG.TIME)
            .setNsPrefix("skos", LSKG.SKOS)
            .setNsPrefix("dcterms", LSKG.DCT)
            .setNsPrefix("foaf", LSKG.FOAF)
            .setNsPrefix("nif", LSKG.NIF)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("sh", LSKG.SH)
            .lock();
}
