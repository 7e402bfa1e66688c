package org.lskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.lskg.extract.Period;
import org.lskg.extract.ReportedFigure;

import java.time.LocalDate;

/**
 * Writes a {@link ReportedFigure} as a {@code lskg:ReportedFigure} (ReportedFigureShape). A resolved period
 * is an OWL-Time interval {@code <figure>/period} whose ends are instants with {@code time:inXSDDate}.
 */
public final class ReportedFigureMapper implements FactMapper<ReportedFigure> {

    @Override
    public Class<ReportedFigure> factType() {
        return ReportedFigure.class;
    }

    @Override
    public void map(ReportedFigure f, MappingContext context) {
        Model m = context.model();
        String iri = QuantityWriter.iri(context, "figure", f.sentence(), f.quantity());
        Resource node = m.createResource(iri, LSKG.ReportedFigure);
        QuantityWriter.write(context, node, f.sentence(), f.indicator(), f.quantity());
        f.percentOfPlan().ifPresent(p -> node.addLiteral(LSKG.percentOfPlan, QuantityWriter.decimal(m, p)));
        f.changeVsSamePeriod().ifPresent(c -> node.addLiteral(LSKG.changeVsSamePeriod, QuantityWriter.decimal(m, c)));
        f.period().ifPresent(p -> {
            node.addProperty(LSKG.periodText, p.text());
            if (p.begin().isPresent() || p.end().isPresent()) {
                node.addProperty(LSKG.period, interval(m, iri + "/period", p));
            }
        });
    }

    private static Resource interval(Model m, String iri, Period p) {
        Resource r = m.createResource(iri, LSKG.TIME_Interval);
        p.begin().ifPresent(d -> r.addProperty(LSKG.TIME_hasBeginning, instant(m, iri + "/begin", d)));
        p.end().ifPresent(d -> r.addProperty(LSKG.TIME_hasEnd, instant(m, iri + "/end", d)));
        return r;
    }

    private static Resource instant(Model m, String iri, LocalDate d) {
        return m.createResource(iri, LSKG.TIME_Instant)
                .addLiteral(LSKG.TIME_inXSDDate, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate));
    }
}
