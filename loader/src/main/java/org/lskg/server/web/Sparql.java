package org.lskg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;

/**
 * Runs the pages' SPARQL over the served dataset, each query in a read transaction, under the server's
 * time-out and row cap, with the same execution context as the public endpoint (so SERVICE is as restricted).
 * The pages' queries are {@code .rq} files beside this class ({@code queries/NAME.rq}); parameters are bound by
 * substitution of their variables, never by pasting text into the query. Thread-safe.
 */
public final class Sparql {

    private static final String QUERIES = "/org/lskg/server/web/queries/";

    private final DatasetGraph dataset;
    private final Context context;
    private final Duration timeout;
    private final long maxRows;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();

    public Sparql(DatasetGraph dataset, Context context, Duration timeout, long maxRows) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.context = Objects.requireNonNull(context, "context");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.maxRows = maxRows;
    }

    public long maxRows() {
        return maxRows;
    }

    /** What {@code reader} computes from the dataset, in a read transaction. */
    public <T> T read(Function<DatasetGraph, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    /** The rows of the SELECT query {@code name} with {@code bindings}, at most {@link #maxRows()}. */
    public List<Map<String, Node>> select(String name, Map<String, Node> bindings) {
        return select(query(name), bindings);
    }

    /** The rows of a SELECT query, capped. */
    public List<Map<String, Node>> select(Query query, Map<String, Node> bindings) {
        Query capped = capped(query);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = exec(capped, bindings)) {
                RowSet rows = exec.select();
                List<String> vars = rows.getResultVars().stream().map(Var::getVarName).toList();
                List<Map<String, Node>> out = new ArrayList<>();
                rows.forEachRemaining(row -> {
                    Map<String, Node> values = new LinkedHashMap<>();
                    vars.forEach(v -> values.put(v, row.get(v)));
                    out.add(values);
                });
                return out;
            }
        });
    }

    /** The answer of the ASK query {@code name}. */
    public boolean ask(String name, Map<String, Node> bindings) {
        return ask(query(name), bindings);
    }

    public boolean ask(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = exec(query, bindings)) {
                return exec.ask();
            }
        });
    }

    /** The graph of the CONSTRUCT or DESCRIBE query {@code name}, capped. */
    public Graph construct(String name, Map<String, Node> bindings) {
        return construct(query(name), bindings);
    }

    public Graph construct(Query query, Map<String, Node> bindings) {
        Query capped = capped(query);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = exec(capped, bindings)) {
                return capped.isDescribeType() ? exec.describe() : exec.construct();
            }
        });
    }

    /** The parsed query {@code queries/NAME.rq}. */
    public static Query load(String name) {
        String resource = QUERIES + name + ".rq";
        try (InputStream in = Sparql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + resource);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(String name) {
        return parsed.computeIfAbsent(name, Sparql::load).cloneQuery();
    }

    /** A copy of {@code query} that returns at most the cap; ASK is left alone. */
    public Query capped(Query query) {
        Query copy = query.cloneQuery();
        if (!copy.isAskType() && (!copy.hasLimit() || copy.getLimit() > maxRows)) {
            copy.setLimit(maxRows);
        }
        return copy;
    }

    private QueryExec exec(Query query, Map<String, Node> bindings) {
        // as Fuseki does for an endpoint: the system context, then the dataset's (union default graph, text
        // index), then the endpoint's settings on top
        Context merged = Context.mergeCopy(Context.mergeCopy(ARQ.getContext(), dataset.getContext()), context);
        QueryExecBuilder builder = QueryExec.dataset(dataset).context(merged).query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!bindings.isEmpty()) {
            builder = builder.substitution(binding(bindings));
        }
        return builder.build();
    }

    private static Binding binding(Map<String, Node> bindings) {
        BindingBuilder b = Binding.builder();
        new HashMap<>(bindings).forEach((name, value) -> b.add(Var.alloc(name), value));
        return b.build();
    }
}
