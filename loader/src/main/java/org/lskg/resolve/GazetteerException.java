package org.lskg.resolve;

import java.util.List;

/** A gazetteer file that cannot be read or breaks the gazetteer's rules; it lists every problem found. */
public final class GazetteerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    GazetteerException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the gazetteer:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    GazetteerException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** The problems, one line each. */
    public List<String> problems() {
        return problems;
    }
}
