package org.lskg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.lskg.extract.LegalReference;

/**
 * Writes a {@link LegalReference}. As {@code lskg.ttl} defines it, the {@code lskg:LegalReference} is the
 * cited document itself: its IRI is {@link Iris#numberedDocument} of the issuer, year and number the
 * citation gives, the IRI the document gets when it is loaded, so citation and corpus meet in one node.
 * In the citing document's graph the node carries what that document says about it (number, type,
 * date, issuer, subject as {@code dcterms:title}) and {@code prov:wasDerivedFrom} the citing sentences;
 * the document and each citing sentence {@code lskg:cites} it.
 *
 * <p>The extractor gives every fact about one cited document the same details, so the node has one
 * number and at most one date however often it is cited, as the shapes require.
 */
public final class LegalReferenceMapper implements FactMapper<LegalReference> {

    @Override
    public Class<LegalReference> factType() {
        return LegalReference.class;
    }

    @Override
    public void map(LegalReference ref, MappingContext context) {
        Model m = context.model();
        Resource cited = m.createResource(Iris.numberedDocument(ref.issuer(), ref.year(), ref.number()), LSKG.LegalReference)
                .addProperty(LSKG.documentNumber, ref.number());
        ref.type().ifPresent(t -> cited.addProperty(LSKG.documentType, DocumentMapper.documentType(m, t)));
        ref.issued().ifPresent(d -> cited.addLiteral(LSKG.DCT_issued, DocumentMapper.dateLiteral(m, d)));
        ref.issuer().ifPresent(b -> cited.addProperty(LSKG.issuer, DocumentMapper.body(m, b)));
        ref.subject().ifPresent(s -> cited.addProperty(LSKG.DCT_title, s, "vi"));
        Resource sentence = context.sentence(ref.sentence());
        cited.addProperty(LSKG.PROV_wasDerivedFrom, sentence);
        sentence.addProperty(LSKG.cites, cited);
        context.documentResource().addProperty(LSKG.cites, cited);
    }
}
