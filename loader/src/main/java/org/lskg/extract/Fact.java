package org.lskg.extract;

import org.lskg.document.Sentence;

/**
 * Something an extractor read from a document. Every fact is immutable and points to the sentence it
 * came from, so that the graph can say where each statement was made.
 */
public interface Fact {

    /** The sentence the fact was read from. */
    Sentence sentence();
}
