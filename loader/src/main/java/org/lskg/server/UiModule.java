package org.lskg.server;

import java.net.URL;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.rdf.model.Model;

/**
 * The services the stock Fuseki web UI reads, for the UI that the web layer serves read-only at
 * {@code /fuseki/} ({@code org.lskg.server.web.FusekiUi}, from the {@code webapp/} of jena-fuseki-ui).
 *
 * <p>Fuseki's own {@code FMod_UI} expects {@code FMod_Admin}, which creates a run area on disk
 * and adds dataset creation, deletion and backup. This module adds only what the UI reads:
 * {@code /$/server} (the dataset and endpoint list), {@code /$/ping}, {@code /$/stats} and the stateless
 * {@code /$/validate/*} pages. The query page and the dataset information page work; the links to the
 * "manage", "add data" and "edit" pages, which have no admin or write endpoints behind them, are hidden.
 */
public final class UiModule implements FusekiModule {

    /** Class-path folder of the UI in the jena-fuseki-ui jar. */
    private static final String UI_RESOURCE = "webapp/";

    private UiModule() {}

    /** The UI module. */
    public static UiModule create() {
        return new UiModule();
    }

    @Override
    public String name() {
        return "lskg UI";
    }

    /** @throws IllegalStateException if jena-fuseki-ui is not on the class path */
    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        uiLocation();
        builder.addServlet("/$/server", new ActionServerStatus())
               .addServlet("/$/validate/query", new QueryValidator())
               .addServlet("/$/validate/update", new UpdateValidator())
               .addServlet("/$/validate/iri", new IRIValidator())
               .addServlet("/$/validate/langtag", new LangTagValidator())
               .addServlet("/$/validate/data", new DataValidator())
               .enablePing(true)
               .enableStats(true);
    }

    private static String uiLocation() {
        URL index = UiModule.class.getClassLoader().getResource(UI_RESOURCE + "index.html");
        if ( index == null )
            throw new IllegalStateException("Fuseki UI not found: jena-fuseki-ui is not on the class path");
        String url = index.toExternalForm();
        return url.substring(0, url.length() - "index.html".length());
    }
}
