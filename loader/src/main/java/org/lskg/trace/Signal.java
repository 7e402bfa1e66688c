package org.lskg.trace;

import org.apache.jena.rdf.model.Resource;
import org.lskg.rdf.LSKG;

/** A kind of evidence that a later statement concerns a commitment (the signal scheme of the ontology). */
public enum Signal {
    /** Both name the same project, programme or border gate. */
    SHARED_ENTITY("shared entity", LSKG.SIGNAL_SHARED_ENTITY),
    /** Both cite the same document. */
    SHARED_LEGAL_REFERENCE("shared legal reference", LSKG.SIGNAL_SHARED_LEGAL_REFERENCE),
    /** The later statement names the commitment's responsible body. */
    SAME_RESPONSIBLE_BODY("same responsible body", LSKG.SIGNAL_SAME_RESPONSIBLE_BODY),
    /** The two share distinctive words (TF-IDF cosine). */
    LEXICAL_OVERLAP("lexical overlap", LSKG.SIGNAL_LEXICAL_OVERLAP),
    /** The later statement cites the document that stated the commitment. */
    CITES_ORIGIN("cites the origin document", LSKG.SIGNAL_CITES_ORIGIN),
    /** The later statement cites a later decision that does what the commitment asked (1725/QĐ-TTg "thành lập ..."). */
    ESTABLISHING_DECISION("establishing decision", LSKG.SIGNAL_ESTABLISHING_DECISION),
    /** The later statement uses progress words (đã hoàn thành, tiếp tục, chưa, trình ... phê duyệt). */
    PROGRESS_CUE("progress cue", LSKG.SIGNAL_PROGRESS_CUE);

    private final String label;
    private final Resource concept;

    Signal(String label, Resource concept) {
        this.label = label;
        this.concept = concept;
    }

    public String label() {
        return label;
    }

    public Resource concept() {
        return concept;
    }
}
