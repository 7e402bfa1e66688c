package org.lskg.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;

/**
 * Rows of one of the trace's inputs, as a SPARQL SELECT gives them ({@link CorpusReader}) or as a scan of the
 * document graphs makes them ({@link DocumentGraphScan}): each row holds its variables' values as strings (an IRI,
 * or a literal's lexical form), null where a variable is unbound. Read outside any transaction.
 */
record Rows(List<String> vars, List<String[]> values) {

    Rows {
        vars = List.copyOf(vars);
        values = List.copyOf(values);
    }

    /** The value of a term as a row holds it: an IRI, or a literal's lexical form. */
    static String value(Node n) {
        return n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
    }

    /** Calls {@code action} on each row, in order. */
    void forEach(Consumer<Row> action) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < vars.size(); i++) {
            column.put(vars.get(i), i);
        }
        values.forEach(v -> action.accept(new Row(column, v)));
    }

    /** One row, by variable name. */
    record Row(Map<String, Integer> column, String[] values) {
        boolean contains(String var) {
            Integer i = column.get(var);
            return i != null && values[i] != null;
        }

        String lexical(String var) {
            if (!contains(var)) {
                throw new IllegalStateException("no value for ?" + var);
            }
            return values[column.get(var)];
        }

        String uri(String var) {
            return lexical(var);
        }

        int integer(String var) {
            return Integer.parseInt(lexical(var));
        }

        Optional<String> optional(String var) {
            return contains(var) ? Optional.of(lexical(var)) : Optional.empty();
        }
    }
}
