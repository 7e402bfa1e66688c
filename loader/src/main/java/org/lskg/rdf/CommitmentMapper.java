package org.lskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.lskg.extract.Commitment;
import org.lskg.extract.EntityMention;
import org.lskg.extract.Responsibility;

/**
 * Writes a commitment: its text and sentence, its section, responsible bodies (as direct links for
 * simple queries and as qualified responsibilities that keep role and basis), its deadline (an OWL-Time
 * instant with the original words and whether it was stated or inherited) and what it is about.
 */
public final class CommitmentMapper implements FactMapper<Commitment> {

    @Override
    public Class<Commitment> factType() {
        return Commitment.class;
    }

    /** {@code <doc>/commitment/<sentence>-<clause>}, both counted from 1. */
    public static String iri(String documentIri, Commitment c) {
        return documentIri + "/commitment/" + (c.sentence().index() + 1) + "-" + c.clause();
    }

    @Override
    public void map(Commitment c, MappingContext ctx) {
        Model m = ctx.model();
        String iri = iri(ctx.iri(), c);
        Resource r = m.createResource(iri, LSKG.Commitment)
                .addProperty(LSKG.statedIn, ctx.documentResource())
                .addProperty(LSKG.PROV_wasDerivedFrom, ctx.sentence(c.sentence()))
                .addProperty(LSKG.text, c.text())
                .addLiteral(LSKG.NIF_beginIndex, DocumentMapper.offset(m, ctx.documentOffset(c.sentence(), c.start())))
                .addLiteral(LSKG.NIF_endIndex, DocumentMapper.offset(m, ctx.documentOffset(c.sentence(), c.end())));
        c.sentence().sectionId().ifPresent(id -> r.addProperty(LSKG.inSection, m.createResource(Iris.section(ctx.iri(), id))));
        int n = 0;
        for (Responsibility resp : c.responsible()) {
            Resource party = EntityMentionMapper.entity(m, resp.category(), resp.label());
            r.addProperty(LSKG.responsibleBody, party);
            r.addProperty(resp.role() == Responsibility.Role.LEAD ? LSKG.leadBody : LSKG.partnerBody, party);
            r.addProperty(LSKG.qualifiedResponsibility, m.createResource(iri + "/responsibility/" + (++n), LSKG.Responsibility)
                    .addProperty(LSKG.responsibleParty, party)
                    .addProperty(LSKG.responsibilityRole, resp.role() == Responsibility.Role.LEAD ? LSKG.ROLE_LEAD : LSKG.ROLE_PARTNER)
                    .addProperty(LSKG.responsibilityBasis,
                            resp.basis() == Responsibility.Basis.EXPLICIT ? LSKG.BASIS_EXPLICIT : LSKG.BASIS_HEADING));
        }
        c.deadline().ifPresent(d -> r.addProperty(LSKG.deadline, m.createResource(iri + "/deadline", LSKG.Deadline)
                .addProperty(LSKG.TIME_inXSDDate, d.lastDay().toString(), XSDDatatype.XSDdate)
                .addProperty(LSKG.deadlineText, d.text())
                .addProperty(LSKG.deadlineBasis, c.deadlineBasis().orElse(Commitment.DeadlineBasis.STATED)
                        == Commitment.DeadlineBasis.STATED ? LSKG.DEADLINE_STATED : LSKG.DEADLINE_INHERITED)));
        for (EntityMention a : c.about()) {
            r.addProperty(LSKG.about, EntityMentionMapper.entity(m, a.category(), a.label()));
        }
    }
}
