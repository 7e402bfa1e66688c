package org.lskg.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The results of checking every graph of the store.
 *
 * @param resultsByGraph for each graph IRI (sorted), its validation results; an empty list if it conforms
 */
public record ValidationSummary(SortedMap<String, List<Violation>> resultsByGraph) {

    public ValidationSummary {
        TreeMap<String, List<Violation>> copy = new TreeMap<>();
        resultsByGraph.forEach((graph, results) -> copy.put(graph, List.copyOf(results)));
        resultsByGraph = Collections.unmodifiableSortedMap(copy);
    }

    /** True if no graph has a result of severity {@link Violation.Severity#VIOLATION}. */
    public boolean conforms() {
        return violationCount() == 0;
    }

    /** Number of results of severity {@link Violation.Severity#VIOLATION}, over all graphs. */
    public long violationCount() {
        return resultsByGraph.values().stream().flatMap(List::stream).filter(Violation::isViolation).count();
    }

    public int graphsChecked() {
        return resultsByGraph.size();
    }

    /** The graphs with at least one result, of any severity. */
    public Map<String, List<Violation>> graphsWithResults() {
        TreeMap<String, List<Violation>> withResults = new TreeMap<>(resultsByGraph);
        withResults.values().removeIf(List::isEmpty);
        return Collections.unmodifiableMap(withResults);
    }
}
