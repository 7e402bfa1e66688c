package org.lskg.server.web;

import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * lskg's own web layer in the Fuseki server: pages at {@code /}, dereferenceable IRIs under {@code /id/} and
 * {@code /graph/}, VoID at {@code /.well-known/void}, dumps under {@code /dumps/}, and the stock Fuseki UI at
 * {@code /fuseki/}. One servlet filter ({@link WebRouter}), which passes the dataset's endpoints on to Fuseki.
 */
public final class WebModule implements FusekiModule {

    private final WebRouter router;

    private WebModule(WebSettings settings) {
        this.router = new WebRouter(settings);
    }

    public static WebModule create(WebSettings settings) {
        return new WebModule(Objects.requireNonNull(settings, "settings"));
    }

    @Override
    public String name() {
        return "lskg web";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", router);
    }

    @Override
    public void serverStopped(FusekiServer server) {
        router.close();
    }

    /** The VoID description, for the SPARQL service description. */
    public VoidDescription voidDescription() {
        return router.voidDescription();
    }
}
