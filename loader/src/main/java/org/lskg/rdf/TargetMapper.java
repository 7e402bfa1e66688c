package org.lskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.lskg.extract.Target;

/** Writes a {@link Target} as a {@code lskg:Target} (TargetShape). */
public final class TargetMapper implements FactMapper<Target> {

    @Override
    public Class<Target> factType() {
        return Target.class;
    }

    @Override
    public void map(Target t, MappingContext context) {
        Resource node = context.model().createResource(
                QuantityWriter.iri(context, "target", t.sentence(), t.quantity()), LSKG.Target);
        QuantityWriter.write(context, node, t.sentence(), t.indicator(), t.quantity());
        t.year().ifPresent(y -> node.addLiteral(LSKG.year,
                context.model().createTypedLiteral(String.format("%04d", y), XSDDatatype.XSDgYear)));
    }
}
