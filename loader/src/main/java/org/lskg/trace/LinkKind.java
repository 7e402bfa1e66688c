package org.lskg.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.List;

/**
 * The kinds of link between a commitment and a later statement, by the evidence that made the link, each with
 * the minimum confidence a link of that kind needs and the most links of that kind a commitment keeps (within
 * {@link Thresholds#perCommitment()} in all). Confidences combine the signals' weights as
 * {@code FollowUpFinder} documents: an issued product or establishing decision weighs 0.8, a shared entity or a
 * citation of the origin 0.5, a shared cited document 0.3, words their cosine (at most 0.8), the same body
 * 0.1 and progress words 0.05.
 *
 * <p>Why these numbers: on the seed corpus every gold link has a confidence of at least 0.5, and the links
 * that rest on words alone between documents of different provinces or on boilerplate (the dev corpus: a
 * Đắk Lắk conclusion and a Thanh Hóa one sharing "bên cạnh những kết quả tích cực đã đạt được"; an addressee
 * line "- Trung tâm Chuyển đổi số Thành phố;") scored 0.40–0.46. A link on words alone therefore needs 0.45,
 * and a commitment keeps at most {@code cap} such links — the most confident — so that a common task does
 * not collect every later sentence that shares its wording.
 */
public enum LinkKind {
    /** A later document, or a citation of one, of the type the commitment asked for, on its subject. */
    ISSUED_PRODUCT("0.60", 3),
    /** A later decision whose title does what was asked ("thành lập Trung tâm ..."). */
    ESTABLISHING_DECISION("0.60", 3),
    /** A project, programme or border gate both name; alone when rarely named, with words otherwise. */
    SHARED_ENTITY("0.50", 10),
    /** A shared cited document or a citation of the origin document, with words in common. */
    CITATION("0.44", 5),
    /** Distinctive words in common and nothing else. */
    LEXICAL("0.45", 3),
    /**
     * Fewer words in common (a cosine of at least 0.25, and 0.20 without names), in a clause that bears on the
     * status: a new date, a pending decision or a part-way figure ("đã đạt 10/19 tiêu chí xã đạt chuẩn nông thôn
     * mới" for "có thêm 10 xã đạt chuẩn nông thôn mới"). Such a clause restates its task briefly; two per task.
     */
    PROGRESS("0.25", 2);

    private final BigDecimal minConfidence;
    private final int cap;

    LinkKind(String minConfidence, int cap) {
        this.minConfidence = new BigDecimal(minConfidence);
        this.cap = cap;
    }

    /** The least confidence a link of this kind needs. */
    public BigDecimal minConfidence() {
        return minConfidence;
    }

    /** The most links of this kind one commitment keeps, the most confident. */
    public int cap() {
        return cap;
    }

    /** The kind the strongest of {@code signals} gives (an issued product is told apart by its finder). */
    static LinkKind of(List<Signal> signals) {
        if (signals.contains(Signal.ESTABLISHING_DECISION)) {
            return ESTABLISHING_DECISION;
        }
        if (signals.contains(Signal.SHARED_ENTITY)) {
            return SHARED_ENTITY;
        }
        if (signals.contains(Signal.SHARED_LEGAL_REFERENCE) || signals.contains(Signal.CITES_ORIGIN)) {
            return CITATION;
        }
        return LEXICAL;
    }

    /** Independent evidence combined: 1 − Π(1 − weight), two decimals. */
    static BigDecimal confidence(Set<Signal> signals, double similarity) {
        double doubt = 1.0;
        for (Signal s : signals) {
            doubt *= 1.0 - switch (s) {
                case ESTABLISHING_DECISION -> 0.8;
                case SHARED_ENTITY, CITES_ORIGIN -> 0.5;
                case SHARED_LEGAL_REFERENCE -> 0.3;
                case LEXICAL_OVERLAP -> Math.min(0.8, similarity);
                case SAME_RESPONSIBLE_BODY -> 0.1;
                case PROGRESS_CUE -> 0.05;
            };
        }
        return BigDecimal.valueOf(1.0 - doubt).setScale(2, RoundingMode.HALF_UP);
    }
}
