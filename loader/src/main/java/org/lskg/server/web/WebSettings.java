package org.lskg.server.web;

import java.util.Objects;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the web layer needs from the server that hosts it.
 *
 * @param dataset     the served dataset (its default graph the union of the documents)
 * @param sparql      the pages' SPARQL runner, with the endpoint's time-out, row cap and context
 * @param base        where IRIs are shown ({@code --base}); empty for the server as each client addresses it
 * @param datasetPath the SPARQL dataset's path, e.g. {@code /lskg}
 * @param fusekiUi    whether the stock Fuseki UI is served at {@code /fuseki/}
 * @param dumps       the source of dumps; empty when the dataset is not an lskg store
 * @param readOnly    whether the dataset can change while served (dumps are cached only when it cannot)
 */
public record WebSettings(DatasetGraph dataset, Sparql sparql, Optional<IriSpace> base, String datasetPath, boolean fusekiUi,
        Optional<DumpSource> dumps, boolean readOnly) {
    public WebSettings {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(sparql, "sparql");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(datasetPath, "datasetPath");
        Objects.requireNonNull(dumps, "dumps");
    }
}
