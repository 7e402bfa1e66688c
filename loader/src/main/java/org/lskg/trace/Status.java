package org.lskg.trace;

import org.apache.jena.rdf.model.Resource;
import org.lskg.rdf.LSKG;

/** The status of a commitment as of a date; {@link #token()} is the evaluation contract's name for it. */
public enum Status {
    /** Later evidence says the task was done. */
    FULFILLED("fulfilled", LSKG.STATUS_FULFILLED),
    /** Later statements show work under way and the deadline, if any, has not passed. */
    IN_PROGRESS("in_progress", LSKG.STATUS_IN_PROGRESS),
    /** The deadline has passed and no evidence says the task was done. */
    OVERDUE("overdue", LSKG.STATUS_OVERDUE),
    /** No later statement concerns the task and its deadline, if any, has not passed. */
    NO_EVIDENCE("no_evidence", LSKG.STATUS_NO_EVIDENCE);

    private final String token;
    private final Resource concept;

    Status(String token, Resource concept) {
        this.token = token;
        this.concept = concept;
    }

    public String token() {
        return token;
    }

    /** The status concept of {@code ontology/lskg.ttl}. */
    public Resource concept() {
        return concept;
    }
}
