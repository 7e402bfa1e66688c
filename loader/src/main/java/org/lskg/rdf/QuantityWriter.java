package org.lskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.lskg.document.Sentence;
import org.lskg.text.Quantity;

import java.math.BigDecimal;

/**
 * The triples targets and reported figures share (QuantityShape, DocumentStatementShape): provenance,
 * the indicator as written, the value or range as written and parsed, and the unit. A bound ("từ 5% trở
 * lên") is written as the one end it gives.
 */
final class QuantityWriter {
    private QuantityWriter() {}

    /**
     * The statement's IRI: under the document, from the sentence and the quantity's place in it, so the
     * same text always gives the same IRI: {@code <doc>/target/s21-37}.
     */
    static String iri(MappingContext context, String kind, Sentence sentence, Quantity q) {
        return context.iri() + "/" + kind + "/s" + (sentence.index() + 1) + "-" + q.start();
    }

    static Resource write(MappingContext context, Resource node, Sentence sentence, String indicator, Quantity q) {
        Model m = context.model();
        node.addProperty(LSKG.statedIn, context.documentResource())
                .addProperty(LSKG.PROV_wasDerivedFrom, context.sentence(sentence))
                .addProperty(LSKG.indicatorText, indicator)
                .addProperty(LSKG.valueText, q.valueText())
                .addProperty(LSKG.unit, q.unit().text())
                .addProperty(LSKG.unitCode, q.unit().code());
        switch (q.bound()) {
            case AT_LEAST -> node.addLiteral(LSKG.minValue, decimal(m, q.min()));
            case AT_MOST -> node.addLiteral(LSKG.maxValue, decimal(m, q.max()));
            case EXACT -> {
                if (q.isRange()) {
                    node.addLiteral(LSKG.minValue, decimal(m, q.min()));
                    node.addLiteral(LSKG.maxValue, decimal(m, q.max()));
                } else {
                    node.addLiteral(LSKG.value, decimal(m, q.min()));
                }
            }
        }
        return node;
    }

    static org.apache.jena.rdf.model.Literal decimal(Model m, BigDecimal v) {
        return m.createTypedLiteral(v.toPlainString(), XSDDatatype.XSDdecimal);
    }
}
