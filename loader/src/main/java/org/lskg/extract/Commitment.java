package org.lskg.extract;

import org.lskg.document.Sentence;

import java.util.List;
import java.util.Optional;

/**
 * A directive: a task someone must carry out, read from one sentence or one semicolon clause of it.
 *
 * @param sentence       the sentence
 * @param clause         position of the clause in the sentence, from 1
 * @param start          offset of the clause in {@link Sentence#text()}
 * @param end            offset after it
 * @param text           the clause as written
 * @param responsible    bodies named as lead or partner
 * @param deadline       the last allowed day, stated or inherited from the section's period
 * @param deadlineBasis  how the deadline was obtained
 * @param about          things the task concerns (projects, programmes, border gates, places)
 */
public record Commitment(Sentence sentence, int clause, int start, int end, String text,
                         List<Responsibility> responsible, Optional<Deadline> deadline,
                         Optional<DeadlineBasis> deadlineBasis, List<EntityMention> about) implements Fact {

    /** Stated in the clause, or inherited from the period its section (or document) frames. */
    public enum DeadlineBasis { STATED, INHERITED }

    public Commitment {
        responsible = List.copyOf(responsible);
        about = List.copyOf(about);
    }
}
