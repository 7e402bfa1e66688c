package org.lskg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.lskg.server.web.DumpSource;
import org.lskg.server.web.IriSpace;
import org.lskg.server.web.Sparql;
import org.lskg.server.web.WebModule;
import org.lskg.server.web.WebSettings;

/**
 * The lskg SPARQL server: an embedded Fuseki serving one dataset, normally the TDB2 store, at
 * {@code /lskg}.
 *
 * <pre>{@code
 * try ( LskgServer server = LskgServer.create().dataset(dsg).port(3030).build().start() ) {
 *     server.join();
 * }
 * }</pre>
 *
 * <p>Endpoints, all read-only unless update is allowed:
 * <ul>
 * <li>{@code /lskg/sparql}, {@code /lskg/query}: SPARQL query (GET and POST); a GET without
 *     parameters returns the SPARQL service description ({@link ServiceDescriptionModule})</li>
 * <li>{@code /lskg/get}: graph store protocol, read</li>
 * <li>{@code /lskg/update}: SPARQL update, only with {@link Builder#allowUpdate(Path)}, only
 *     for authenticated users ({@link UpdateModule})</li>
 * <li>{@code /}: lskg's own pages, {@code /id/...} and {@code /graph/...}: the dataset's IRIs, dereferenceable,
 *     {@code /.well-known/void}, {@code /dumps/} ({@link WebModule})</li>
 * <li>{@code /fuseki/}: the stock Fuseki UI, read-only, unless turned off ({@link UiModule})</li>
 * </ul>
 *
 * <p>Every query runs under a timeout, after which the client receives an error, and returns
 * at most {@code maxRows} solutions ({@link ResultLimitModule}); the pages' own queries too. SPARQL
 * {@code SERVICE} calls to other servers are refused unless allow-listed ({@link ServicePolicy}). Request
 * bodies are capped ({@link RequestLimitModule}). A few requests run at once, the others wait their turn
 * ({@link AdmissionModule}). Building a server restricts Jena's global stream manager to
 * HTTP ({@link StreamManagerGuard}), so {@code LOAD <file:...>} cannot read local files.
 */
public final class LskgServer implements AutoCloseable {

    /** Name of the dataset, the first path segment of every endpoint. */
    public static final String DATASET = "/lskg";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 10_000;
    /**
     * Direct memory the server's buffer pool may keep for reuse. Fuseki buffers up to 5 MiB of each response (so that
     * a query failing before then still gets an error status, not a 200 and a cut answer); Jetty's default pool keeps
     * no buffer above 64 KiB, so every response, an {@code ASK}'s 17 bytes too, had a fresh 5 MiB direct buffer
     * allocated and zeroed: about 6 ms of CPU per request (docs/benchmarks.md, "HTTP: the 5 MiB response buffer").
     * The server's own pool keeps such buffers, as many as this many responses at once need (issue 8's 32 clients):
     * up to 160 MiB of direct memory once that many were in flight.
     */
    static final int POOLED_RESPONSES = 32;

    private final FusekiServer fuseki;
    private final String host;

    private LskgServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** A builder with the defaults: port 3030 on 127.0.0.1, 30 s timeout, 10 000 rows, no update, UI. */
    public static Builder create() {
        return new Builder();
    }

    /** Starts the server; returns at once. */
    public LskgServer start() {
        fuseki.start();
        return this;
    }

    /** Stops the server. The dataset stays open: it belongs to the caller. */
    public void stop() {
        fuseki.stop();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The embedded Jetty server, for tests that look at its connectors. */
    Server jetty() {
        return fuseki.getJettyServer();
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port the server listens on; once started, the actual port even if built with port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** URL of the dataset, e.g. {@code http://127.0.0.1:3030/lskg}; the service URLs extend it. */
    public String datasetURL() {
        String hostInURL = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + hostInURL + ":" + port() + DATASET;
    }

    /** Builder of {@link LskgServer}s; one builder may build several servers. */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private long maxRows = DEFAULT_MAX_ROWS;
        private Path updateCredentials;
        private boolean ui = true;
        private String corsOrigins = "*";
        private IriSpace base;
        private DumpSource dumps;
        private ServicePolicy servicePolicy = ServicePolicy.none();
        private long maxRequestBytes = RequestLimitModule.DEFAULT_MAX_BYTES;
        private int maxRunning = AdmissionModule.defaultMaxRunning();

        private Builder() {}

        /** The dataset to serve (required). Queries see whatever its default graph is. */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** HTTP port, 0 for any free port. */
        public Builder port(int port) {
            if ( port < 0 || port > 65535 )
                throw new IllegalArgumentException("Not a port: " + port);
            this.port = port;
            return this;
        }

        /** Host name or address to listen on; {@code 0.0.0.0} for all interfaces. */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if ( host.isBlank() )
                throw new IllegalArgumentException("host is blank");
            this.host = host;
            return this;
        }

        /** Longest time a query may run, at millisecond precision; must be positive. */
        public Builder queryTimeout(Duration queryTimeout) {
            Objects.requireNonNull(queryTimeout, "queryTimeout");
            if ( queryTimeout.toMillis() <= 0 )
                throw new IllegalArgumentException("queryTimeout must be at least 1 ms: " + queryTimeout);
            this.queryTimeout = queryTimeout;
            return this;
        }

        /** Most solutions a query may return; must be positive. */
        public Builder maxRows(long maxRows) {
            if ( maxRows <= 0 )
                throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
            this.maxRows = maxRows;
            return this;
        }

        /**
         * Enables {@code /lskg/update} for the users in {@code credentialsFile} (format in
         * {@link UpdateModule}); checked when the server is built.
         */
        public Builder allowUpdate(Path credentialsFile) {
            this.updateCredentials = Objects.requireNonNull(credentialsFile, "credentialsFile");
            return this;
        }

        /** Whether to serve the stock Fuseki UI at {@code /fuseki/}. */
        public Builder ui(boolean ui) {
            this.ui = ui;
            return this;
        }

        /**
         * Origins whose web pages may query the server ({@link CorsModule}); {@code "*"}, the
         * default, for all; {@code null} to turn CORS off.
         */
        public Builder corsOrigins(String corsOrigins) {
            this.corsOrigins = corsOrigins;
            return this;
        }

        /**
         * The base under which the server shows lskg's IRIs ({@link IriSpace}): {@code https://w3id.org/lskg/}
         * behind the w3id redirect; by default, the server itself as each client addresses it.
         *
         * @throws IllegalArgumentException if {@code base} is not an http(s) IRI ending in {@code /}
         */
        public Builder base(String base) {
            this.base = new IriSpace(Objects.requireNonNull(base, "base"));
            return this;
        }

        /** Where the dumps under {@code /dumps/} come from, normally {@code LskgStore::export}; none without. */
        public Builder dumps(DumpSource dumps) {
            this.dumps = Objects.requireNonNull(dumps, "dumps");
            return this;
        }

        /** Remote endpoints that queries may call with {@code SERVICE}; none by default. */
        public Builder serviceAllowList(List<String> endpoints) {
            this.servicePolicy = new ServicePolicy(endpoints);
            return this;
        }

        /** Largest request body accepted, in bytes; must be positive. */
        public Builder maxRequestBytes(long maxRequestBytes) {
            RequestLimitModule.maxBytes(maxRequestBytes);
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /**
         * Most requests that run at once (default: {@link AdmissionModule#defaultMaxRunning()}); the others wait
         * their turn for at most the query timeout ({@link AdmissionModule}). Must be positive.
         */
        public Builder maxRunningRequests(int maxRunning) {
            if ( maxRunning <= 0 )
                throw new IllegalArgumentException("maxRunning must be positive: " + maxRunning);
            this.maxRunning = maxRunning;
            return this;
        }

        /**
         * Builds the server and, as a side effect on the whole JVM, applies
         * {@link StreamManagerGuard#restrictToHttp()}.
         *
         * @throws IllegalStateException if no dataset was given
         * @throws IllegalArgumentException if the update credentials file is unusable
         */
        public LskgServer build() {
            if ( dataset == null )
                throw new IllegalStateException("No dataset");
            Context queryContext = queryContext();
            FusekiModules modules = FusekiModules.create(modules(queryContext));
            StreamManagerGuard.restrictToHttp();

            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .fusekiModules(modules)
                    .add(DATASET, DataService.newBuilder(dataset)
                                             .addEndpoint(endpoint(Operation.Query, "sparql", queryContext))
                                             .addEndpoint(endpoint(Operation.Query, "query", queryContext))
                                             .addEndpoint(Operation.GSP_R, "get"))
                    .build();
            pooledConnectors(fuseki, host);
            return new LskgServer(fuseki, host);
        }

        /**
         * Settings for every query. They go in the endpoint context, which Fuseki merges over the
         * dataset's, so that the dataset, owned by the caller, is left unchanged; Fuseki 5.6 has no
         * server-wide context other than a JVM-wide one.
         */
        private Context queryContext() {
            Context context = new Context();
            context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            servicePolicy.applyTo(context);
            return context;
        }

        private static Endpoint endpoint(Operation operation, String name, Context context) {
            return Endpoint.create().operation(operation).endpointName(name).context(context).build();
        }

        private List<FusekiModule> modules(Context queryContext) {
            // Filters run in the order their modules are listed: CORS must see every response, the
            // body limit every request, and the web layer passes the dataset's paths on to Fuseki.
            List<FusekiModule> modules = new ArrayList<>();
            if ( corsOrigins != null )
                modules.add(CorsModule.allowOrigins(corsOrigins));
            modules.add(RequestLimitModule.maxBytes(maxRequestBytes));
            modules.add(ResultLimitModule.maxRows(maxRows));
            modules.add(AdmissionModule.limit(maxRunning, queryTimeout));
            boolean readOnly = updateCredentials == null;
            WebModule web = WebModule.create(new WebSettings(dataset,
                    new Sparql(dataset, queryContext, queryTimeout, maxRows), Optional.ofNullable(base), DATASET, ui,
                    Optional.ofNullable(dumps), readOnly));
            modules.add(web);
            modules.add(ServiceDescriptionModule.forDataset(DATASET, web.voidDescription()));
            if ( updateCredentials != null )
                modules.add(UpdateModule.withCredentials(updateCredentials, DATASET));
            if ( ui )
                modules.add(UiModule.create());
            return modules;
        }

        /**
         * Replaces each connector Fuseki made with one that listens on {@code host} (FusekiServer.Builder can only
         * choose between all interfaces and "localhost") and takes its buffers from a pool that keeps buffers as
         * large as the response buffer, {@link #POOLED_RESPONSES} of them; port, idle timeout and the HTTP settings are
         * the original connector's. FusekiServer.Builder does not let a caller give the pool.
         */
        private static void pooledConnectors(FusekiServer fuseki, String host) {
            Server jetty = fuseki.getJettyServer();
            List<Connector> connectors = new ArrayList<>();
            for ( Connector connector : jetty.getConnectors() ) {
                if ( !(connector instanceof ServerConnector original) ) {
                    connectors.add(connector);
                    continue;
                }
                HttpConnectionFactory http = original.getConnectionFactory(HttpConnectionFactory.class);
                int largest = http == null ? 0 : http.getHttpConfiguration().getOutputBufferSize();
                int maxCapacity = Math.max(largest, 64 * 1024);
                ArrayByteBufferPool pool = new ArrayByteBufferPool(0, -1, maxCapacity, -1, 0,
                                                                   (long) POOLED_RESPONSES * maxCapacity);
                ServerConnector pooled = new ServerConnector(jetty, null, null, pool, -1, -1,
                        original.getConnectionFactories().toArray(ConnectionFactory[]::new));
                pooled.setPort(original.getPort());
                pooled.setHost(host);
                pooled.setIdleTimeout(original.getIdleTimeout());
                connectors.add(pooled);
            }
            jetty.setConnectors(connectors.toArray(Connector[]::new));
        }
    }
}
