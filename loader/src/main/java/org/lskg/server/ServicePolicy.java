package org.lskg.server;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which remote endpoints a query served by lskg may call with SPARQL {@code SERVICE}: none by default; with an
 * allow-list, only those. An allowed entry matches a service IRI equal to it, or, if the entry ends with
 * {@code /}, any IRI it is a prefix of. The check runs per call, after variables are bound, so
 * {@code SERVICE ?endpoint} is held to the same list. Refused calls fail the query ({@link QueryDeniedException});
 * {@code SERVICE SILENT} ones yield no rows, as SPARQL says.
 */
public record ServicePolicy(List<String> allowed) {

    public ServicePolicy {
        allowed = List.copyOf(Objects.requireNonNull(allowed, "allowed"));
        for (String a : allowed) {
            if (!a.startsWith("http://") && !a.startsWith("https://")) {
                throw new IllegalArgumentException("Not an http(s) endpoint URL: " + a);
            }
        }
    }

    /** No remote calls at all. */
    public static ServicePolicy none() {
        return new ServicePolicy(List.of());
    }

    /** Whether a query may call {@code endpoint}. */
    public boolean allows(String endpoint) {
        return allowed.stream().anyMatch(a -> a.equals(endpoint) || (a.endsWith("/") && endpoint.startsWith(a)));
    }

    /** Puts the policy into a query execution context. */
    public void applyTo(Context context) {
        if (allowed.isEmpty()) {
            context.set(ARQ.httpServiceAllowed, false);
            return;
        }
        context.set(ARQ.httpServiceAllowed, true);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addSingleLink(new Gate(this));
        ServiceExecutorRegistry.set(context, registry);
    }

    /** The first link of the SERVICE chain: refuses what the list does not allow. */
    private record Gate(ServicePolicy policy) implements ChainingServiceExecutor {
        @Override
        public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                ExecutionContext execCxt, ServiceExecutor chain) {
            Node service = opExecute.getService();
            if (!service.isURI() || !policy.allows(service.getURI())) {
                throw new QueryDeniedException("SERVICE <" + (service.isURI() ? service.getURI() : service)
                        + "> is not in this server's allow-list");
            }
            return chain.createExecution(opExecute, original, binding, execCxt);
        }
    }
}
