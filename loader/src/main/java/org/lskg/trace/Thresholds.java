package org.lskg.trace;

/**
 * When a later sentence counts as a follow-up of a commitment. Similarity is the TF-IDF cosine of
 * {@link TermVectors} between the commitment (with its section heading) and the best-matching clause of the
 * sentence. A follow-up needs one of:
 * <ul>
 *   <li>a shared project, programme or border gate that few sentences name (at most {@code entitySpread}):
 *       such an entity identifies the task by itself ("Quốc lộ 4B");</li>
 *   <li>a shared project, programme or border gate named more widely ("Cửa khẩu Hữu Nghị", the new-countryside
 *       programme) and a similarity of at least {@code withEntity} — the entity says what, the words say it is
 *       the same task about it;</li>
 *   <li>a shared cited document, or a citation of the origin document, and a similarity of at least
 *       {@code withCitation};</li>
 *   <li>a later decision that establishes what was asked (always enough);</li>
 *   <li>a similarity of at least {@code lexical} on its own; {@code lexicalAgainstOtherThing} when the sentence
 *       names a project, programme or gate the commitment does not (two plans "thời kỳ 2021 - 2030, tầm nhìn
 *       đến năm 2050" share their boilerplate, not their subject).</li>
 * </ul>
 * At most {@code perDocument} follow-ups are kept per commitment and document, the most confident first, and at
 * most {@code perCommitment} per commitment in all: the most confident (the latest first among equals), plus the
 * first statement of completion if it is not among them, since the status rests on it. Thirty near-identical
 * reports repeating one sentence thus give a commitment ten links, not thirty, and its status does not change.
 *
 * <p>Candidates come from postings ({@link FollowUpIndex}); the words of a commitment are looked up only when
 * they occur in at most {@code termSpread} sentences of the corpus. A sentence that would reach {@code lexical}
 * with a commitment through such common words alone ("tăng cường", "triển khai thực hiện") is not looked at:
 * the rule above already refuses links that rest on common administrative words, and the cap keeps the cost of
 * a trace linear in the corpus.
 *
 * <p>The defaults were chosen on the seed corpus so that every link of the gold trace set is found and no
 * link rests on a generic place, a body or common administrative words alone ("tăng cường", "triển khai"):
 * a rice-harvest report shares no entity with an expressway and stays far below {@code lexical}.
 */
public record Thresholds(double lexical, double lexicalAgainstOtherThing, double withEntity, double withCitation,
                         int entitySpread, int perDocument, int perCommitment, int termSpread,
                         double lexicalWithoutNames) {

    /**
     * lexical 0.40 (0.60 against another named thing), with an entity 0.20, with a citation 0.20, entity spread
     * 12 sentences, 3 per document, 10 per commitment, terms looked up when in at most 2,000 sentences.
     */
    public static final Thresholds DEFAULT = new Thresholds(0.40, 0.60, 0.20, 0.20, 12, 3, 10, 2000, 0.30);

    /**
     * A link on words alone must keep this cosine once the names of bodies, places and people are blanked on both
     * sides: an addressee line ("- Trung tâm Chuyển đổi số Thành phố;") shares only a body's name with a task.
     */
    public static final double LEXICAL_WITHOUT_NAMES = DEFAULT.lexicalWithoutNames();

    /** Thresholds with the default {@link #LEXICAL_WITHOUT_NAMES}. */
    public Thresholds(double lexical, double lexicalAgainstOtherThing, double withEntity, double withCitation,
                      int entitySpread, int perDocument, int perCommitment, int termSpread) {
        this(lexical, lexicalAgainstOtherThing, withEntity, withCitation, entitySpread, perDocument, perCommitment,
                termSpread, LEXICAL_WITHOUT_NAMES);
    }

    public Thresholds {
        if (lexical <= 0 || lexical > 1 || lexicalAgainstOtherThing < lexical || lexicalAgainstOtherThing > 1
                || withEntity < 0 || withEntity > 1 || withCitation < 0 || withCitation > 1
                || lexicalWithoutNames < 0 || lexicalWithoutNames > 1) {
            throw new IllegalArgumentException("similarity thresholds must lie in [0, 1]");
        }
        if (entitySpread < 0 || perDocument < 1 || perCommitment < 1 || termSpread < 1) {
            throw new IllegalArgumentException(
                    "entitySpread must not be negative, perDocument, perCommitment and termSpread must be at least 1");
        }
    }
}
