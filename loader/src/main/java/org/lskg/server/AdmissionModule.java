package org.lskg.server;

import java.time.Duration;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * Lets at most {@code maxRunning} requests run at once; the others wait their turn, first come first served, for
 * at most {@code maxWait}, and are then answered 503 (as are requests past {@link #MAX_WAITING} waiting ones).
 * What reads the store takes a turn: the SPARQL endpoints and lskg's pages. What does not never waits: Fuseki's
 * health check and other {@code /$/} operations, static files ({@code /static/}, the Fuseki UI's
 * {@code /fuseki/}: its queries are sent on to the endpoints, and wait there), and the dumps ({@code /dumps/}),
 * each a single stream that may last minutes on a large store and would hold a turn all that time.
 *
 * <p>Why: lskg's queries are CPU-bound (the store's files sit in the page cache), so on two cores 32 clients at
 * once each got a sixteenth of a core. A query of one second then took sixteen, every query's answer was late,
 * and those past the query timeout failed, a 5 ms one among them (issue 8's 32 clients for 60 s at 10,000
 * documents: 8 of 444 failed, p99 28 s for a query whose p50 is 16 ms). Run a few at a time, each query takes
 * what it takes alone, the query timeout measures the query and not the crowd, and the wait moves to the queue,
 * where it is bounded: with 4 at once the same 60 s answered 1,276 requests and none failed (docs/benchmarks.md).
 *
 * <p>Jetty's {@link QoSHandler} does the counting and the waiting (a waiting request holds no thread); this
 * module puts it in front of every handler the server has when Fuseki has built it.
 */
public final class AdmissionModule implements FusekiModule {

    /** Most requests that may wait at once; past it a request is refused at once with 503. */
    public static final int MAX_WAITING = 1_024;

    private final int maxRunning;
    private final Duration maxWait;

    private AdmissionModule(int maxRunning, Duration maxWait) {
        this.maxRunning = maxRunning;
        this.maxWait = maxWait;
    }

    /**
     * At most {@code maxRunning} requests at once, each waiting at most {@code maxWait} for its turn.
     *
     * @throws IllegalArgumentException if {@code maxRunning} is not positive or {@code maxWait} is under 1 ms
     */
    public static AdmissionModule limit(int maxRunning, Duration maxWait) {
        if (maxRunning <= 0) {
            throw new IllegalArgumentException("maxRunning must be positive: " + maxRunning);
        }
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.toMillis() <= 0) {
            throw new IllegalArgumentException("maxWait must be at least 1 ms: " + maxWait);
        }
        return new AdmissionModule(maxRunning, maxWait);
    }

    /**
     * Twice the processors the JVM may use (the 4 measured on two cores): a second request per core keeps it busy
     * while the other waits on the disk or on its client, and leaves a cheap query a turn beside a long one.
     */
    public static int defaultMaxRunning() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    @Override
    public String name() {
        return "lskg admission";
    }

    @Override
    public void server(FusekiServer server) {
        Server jetty = server.getJettyServer();
        QoSHandler admission = new QoSHandler(jetty.getHandler());
        admission.setMaxRequestCount(maxRunning);
        admission.setMaxSuspendedRequestCount(MAX_WAITING);
        admission.setMaxSuspend(maxWait);
        admission.excludePath("/$/*", "/static/*", "/fuseki/*", "/dumps/*");
        jetty.setHandler(admission);
    }
}
