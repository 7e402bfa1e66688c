package org.lskg.cli;

import org.lskg.Pipeline;
import org.lskg.SourceFiles;
import org.lskg.server.AdmissionModule;
import org.lskg.server.LskgServer;
import org.lskg.server.web.IriSpace;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** {@code lskg serve}: the web pages, the dereferenceable IRIs and the SPARQL endpoint. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: lskg's pages at / (search, documents, entities, commitments and their",
                "timelines, bodies' accountability, queries), every IRI under /id/ and /graph/ (HTML, Turtle,",
                "JSON-LD or N-Triples by Accept), VoID at /.well-known/void, dumps at /dumps/, SPARQL at",
                "/lskg/sparql (read-only, full-text search with text:query), the Fuseki UI at /fuseki/.",
                "If the store is empty it is first built from --input. Read-only unless --allow-update is given",
                "with a credentials file (lines 'user:password'); then /lskg/update takes HTTP basic auth."},
        footer = {"", "Examples:", "  lskg serve", "  lskg serve --port 8080 --timeout 60",
                "  lskg serve --host 0.0.0.0 --base https://w3id.org/lskg/",
                "  curl -H 'Accept: text/turtle' http://127.0.0.1:3030/id/doc/van-phong-chinh-phu/2021/320-tb-vpcp",
                "  curl http://127.0.0.1:3030/lskg/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'"})
final class ServeCommand extends BaseCommand {

    @Mixin
    StoreOption store;

    @Option(names = {"-p", "--port"}, defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", defaultValue = "30",
            description = "Query time-out in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "10000",
            description = "Most result rows a query returns (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = {"-i", "--input"}, paramLabel = "DIR", defaultValue = "documents",
            description = "Corpus to build from when the store is empty (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--allow-update", paramLabel = "CREDENTIALS",
            description = "Enable SPARQL Update at /lskg/update for the users in this file ('user:password' lines).")
    Path credentials;

    @Option(names = "--read-only", defaultValue = "true", fallbackValue = "true",
            description = "Refuse every change to the store (the default; --allow-update turns it off).")
    boolean readOnly;

    @Option(names = "--base", paramLabel = "IRI",
            description = {"Base the IRIs are shown under, e.g. https://w3id.org/lskg/ behind the w3id redirect",
                    "(default: this server as each client reaches it, so every IRI in a page or in RDF can be",
                    "followed). The store keeps https://w3id.org/lskg/id/...; /id/X answers for .../id/X."})
    String base;

    @Option(names = "--service-allow", paramLabel = "URL", split = ",",
            description = "Remote SPARQL endpoints queries may call with SERVICE (default: none).")
    List<String> serviceAllow = List.of();

    @Option(names = "--cors", paramLabel = "ORIGINS", defaultValue = "*",
            description = "Origins whose pages may query the server, comma-separated (default: ${DEFAULT-VALUE}).")
    String cors;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--max-running", paramLabel = "N",
            description = {"Most requests answered at once; the others wait their turn, for at most the time-out",
                    "(default: twice the processors, here ${DEFAULT-VALUE})."})
    int maxRunning = AdmissionModule.defaultMaxRunning();

    @Option(names = "--no-ui", description = "Do not serve the stock Fuseki UI at /fuseki/ (lskg's own pages stay).")
    boolean noUi;

    @Override
    protected int run() {
        if (credentials != null && !Files.isReadable(credentials)) {
            throw new UserException(ExitCodes.USAGE, "cannot read credentials file " + credentials);
        }
        if (credentials != null && spec.commandLine().getParseResult().hasMatchedOption("--read-only")) {
            throw new UserException(ExitCodes.USAGE, "--read-only and --allow-update exclude each other");
        }
        try (LskgStore s = store.openOrCreate()) {
            if (s.isEmpty()) {
                buildFirst(s);
            }
            LskgServer server;
            try {
                LskgServer.Builder builder = LskgServer.create().dataset(s.dataset()).port(port).host(host)
                        .queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows).ui(!noUi)
                        .dumps(s::export).serviceAllowList(serviceAllow).maxRequestBytes(maxBody)
                        .maxRunningRequests(maxRunning)
                        .corsOrigins(cors.isBlank() ? null : cors);
                if (base != null) builder.base(base);
                if (credentials != null) builder.allowUpdate(credentials);
                server = builder.build();
                server.start();
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new UserException(ExitCodes.USAGE, e.getMessage());
            }
            String origin = server.datasetURL().substring(0, server.datasetURL().length() - LskgServer.DATASET.length());
            out().printf("Serving %s (%s) at %s/ (Ctrl-C to stop)%n", store.store,
                    credentials == null ? "read-only" : "updates allowed", origin);
            out().printf("  pages %s/   SPARQL %s/sparql%s%n", origin, server.datasetURL(),
                    noUi ? "" : "   Fuseki UI " + origin + "/fuseki/");
            out().printf("  IRIs %sid/... are served at %s/id/...%s%n", IriSpace.CANONICAL, origin,
                    base == null ? "" : " and shown as " + base + "id/...");
            out().flush();
            server.join();
        }
        return ExitCodes.OK;
    }

    private void buildFirst(LskgStore s) {
        if (!Files.isDirectory(input)) {
            throw new UserException(ExitCodes.USAGE, "the store is empty and there is no corpus at " + input);
        }
        List<Path> files = SourceFiles.collect(List.of(input));
        out().printf("The store is empty: building it from %s (%d files).%n", input, files.size());
        out().flush();
        Pipeline.BuildReport r = Pipeline.create().build(s, files, new Pipeline.BuildListener() {
            @Override
            public void loaded(Path file, LoadOutcome outcome) {}

            @Override
            public void rejected(Path file, String reason) {
                err().printf("rejected %s: %s%n", file, reason);
            }

            @Override
            public void failed(String what, Throwable error) {
                err().printf("failed   %s: internal error: %s%n", what, Failures.describe(error));
            }
        });
        out().printf("Loaded %d documents (%d rejected).%n", r.loaded(), r.rejected());
    }
}
