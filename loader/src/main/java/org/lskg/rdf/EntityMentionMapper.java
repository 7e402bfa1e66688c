package org.lskg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.lskg.extract.EntityCategory;
import org.lskg.extract.EntityMention;
import org.lskg.extract.Resolution;

/**
 * Writes an entity mention: the entity (one IRI per real-world thing, from its category and canonical
 * label, so the same thing named in two documents is one node), its labels, and the mention linking
 * the surface form in its sentence to the entity.
 */
public final class EntityMentionMapper implements FactMapper<EntityMention> {

    @Override
    public Class<EntityMention> factType() {
        return EntityMention.class;
    }


    /** The category's concept: {@code id/category/border-gate}. */
    public static Resource categoryConcept(EntityCategory category) {
        return ResourceFactory.createResource(category.conceptIri());
    }

    private static Resource entityClass(EntityCategory category) {
        return switch (category) {
            case AGENCY -> LSKG.Body;
            case PERSON -> LSKG.Person;
            case PLACE -> LSKG.Place;
            case BORDER_GATE -> LSKG.BorderGate;
            case PROJECT -> LSKG.Project;
            case PROGRAM -> LSKG.Programme;
        };
    }

    /**
     * The mention's own eight triples (its IRI is unique to it: {@link #mentionIri}) and the seven of its merge
     * decision, if any; the entity, its labels and the sentence's link to it may be shared with other mentions.
     */
    @Override
    public int leastTriples(EntityMention m) {
        return m.resolution().method() == Resolution.Method.PATTERN ? MENTION_TRIPLES : MENTION_TRIPLES + MERGE_TRIPLES;
    }

    private static final int MENTION_TRIPLES = 8;
    private static final int MERGE_TRIPLES = 7;

    @Override
    public void map(EntityMention m, MappingContext ctx) {
        Model model = ctx.model();
        Resource entity = entity(model, m.category(), m.label());
        if (!m.surface().equals(m.label())) {
            entity.addProperty(LSKG.SKOS_altLabel, m.surface(), "vi");
        }
        Resource sentence = ctx.sentence(m.sentence());
        String mentionIri = mentionIri(ctx.iri(), m);
        Resource mention = model.createResource(mentionIri, LSKG.Mention);
        mention
                .addProperty(LSKG.inSentence, sentence)
                .addLiteral(LSKG.NIF_beginIndex, DocumentMapper.offset(model, ctx.documentOffset(m.sentence(), m.start())))
                .addLiteral(LSKG.NIF_endIndex, DocumentMapper.offset(model, ctx.documentOffset(m.sentence(), m.end())))
                .addProperty(LSKG.NIF_referenceContext, ctx.textContext())
                .addProperty(LSKG.surfaceForm, m.surface())
                .addProperty(LSKG.refersTo, entity)
                .addProperty(LSKG.category, categoryConcept(m.category()));
        sentence.addProperty(LSKG.mentions, entity);
        if (m.resolution().method() != Resolution.Method.PATTERN) {
            mergeDecision(model, mentionIri, mention, entity, m);
        }
    }

    /**
     * {@code <doc>/mention/<sentence>-<start>-<end>-<category>}: the same words may mention a body and its
     * place ("các tỉnh: Gia Lai, Đắk Lắk" names each province and its Ủy ban nhân dân), never two things of
     * one category, so the category makes the IRI unique.
     */
    static String mentionIri(String documentIri, EntityMention m) {
        return documentIri + "/mention/" + (m.sentence().index() + 1) + "-" + m.start() + "-" + m.end() + "-" + m.category().iriPath();
    }

    /**
     * Why the mention was merged into a known entity: matched on an alias (certain) or across a one-letter
     * typo (likely), with the label it matched.
     */
    private static void mergeDecision(Model model, String mentionIri, Resource mention, Resource entity, EntityMention m) {
        Resolution r = m.resolution();
        String matched = r.matched().orElse(m.label());
        String reason = r.method() == Resolution.Method.KNOWN
                ? "\"" + matched + "\" is a label of the known entity \"" + m.label() + "\""
                : "\"" + matched + "\" is " + r.distance() + " letter(s) from the known label of \"" + m.label() + "\"";
        model.createResource(mentionIri + "/merge", LSKG.MergeDecision)
                .addProperty(LSKG.mergedInto, entity)
                .addProperty(LSKG.merges, mention)
                .addProperty(LSKG.mergedLabel, m.surface())
                .addProperty(LSKG.reason, reason)
                .addLiteral(LSKG.confidence, model.createTypedLiteral(
                        new java.math.BigDecimal(r.method() == Resolution.Method.KNOWN ? "1.0" : "0.8")))
                .addProperty(LSKG.evidence, mention);
    }

    /**
     * The entity node with its type, category and label. Labels that mint the same IRI share the node, which
     * keeps one prefLabel ({@link EntityLabels}), so a graph never holds two.
     */
    static Resource entity(Model model, EntityCategory category, String label) {
        Resource e = model.createResource(category.mint(label), entityClass(category))
                .addProperty(LSKG.category, categoryConcept(category));
        EntityLabels.label(model, e, label);
        if (category == EntityCategory.PERSON) {
            EntityLabels.personName(model, e, label);
        }
        return e;
    }
}
