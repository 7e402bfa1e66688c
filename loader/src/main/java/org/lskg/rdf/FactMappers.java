package org.lskg.rdf;

import java.util.List;

/** The fact mappers lskg writes graphs with, one per fact kind. */
public final class FactMappers {
    private FactMappers() {}

    public static List<FactMapper<?>> standard() {
        return List.of(new EntityMentionMapper(), new LegalReferenceMapper(), new CommitmentMapper(),
                new TargetMapper(), new ReportedFigureMapper());
    }
}
