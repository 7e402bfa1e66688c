package org.lskg.cli;

import org.lskg.Pipeline;
import org.lskg.SourceFiles;
import org.lskg.server.LskgServer;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** {@code lskg serve}: the SPARQL endpoint. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over SPARQL with embedded Fuseki: dataset /lskg, query at /lskg/sparql",
                "(read-only), graph store read access at /lskg/get, the Fuseki UI at /. If the store is",
                "empty it is first built from --input. Updates only with --allow-update and a credentials",
                "file (lines 'user:password'); then at /lskg/update behind HTTP basic authentication."},
        footer = {"", "Examples:", "  lskg serve", "  lskg serve --port 8080 --timeout 60",
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

    @Option(names = "--no-ui", description = "Do not serve the Fuseki UI.")
    boolean noUi;

    @Override
    protected int run() {
        if (credentials != null && !Files.isReadable(credentials)) {
            throw new UserException(ExitCodes.USAGE, "cannot read credentials file " + credentials);
        }
        try (LskgStore s = store.openOrCreate()) {
            if (s.isEmpty()) {
                buildFirst(s);
            }
            LskgServer.Builder builder = LskgServer.create().dataset(s.dataset()).port(port).host(host)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows).ui(!noUi);
            if (credentials != null) builder.allowUpdate(credentials);
            LskgServer server;
            try {
                server = builder.build();
                server.start();
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new UserException(ExitCodes.USAGE, e.getMessage());
            }
            out().printf("Serving %s at http://%s:%d/lskg/sparql%s (Ctrl-C to stop)%n", store.store, host,
                    server.port(), noUi ? "" : " and the UI at http://" + host + ":" + server.port() + "/");
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
