package org.lskg.resolve;

import org.lskg.extract.EntityCategory;
import org.lskg.text.Provinces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The known entities of lskg: bodies, persons, places, border gates, projects and programmes with their
 * canonical labels, variants, categories, parents and sources, read from a Turtle gazetteer (the shipped one
 * is {@code org/lskg/data/gazetteer.ttl}). Immutable and thread-safe.
 *
 * <p>Labels are compared by {@link org.lskg.text.Fold#key}: case, punctuation, Unicode composition and
 * tone-mark placement ("Hoà"/"Hòa") do not matter, diacritics do ("Đinh" is not "Đình"). A label shared by
 * several entities is ambiguous: {@link #byLabel} answers nothing for it and {@link #candidates} lists them.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * g.byLabel("Bộ KH&ĐT");                          // Bộ Kế hoạch và Đầu tư
 * g.closest("huyện Đinh Lập", EntityCategory.PLACE);    // huyện Đình Lập, one edit away
 * }</pre>
 */
public final class Gazetteer {

    /** The classpath resource of the shipped gazetteer. */
    public static final String RESOURCE = "org/lskg/data/gazetteer.ttl";

    /**
     * A lookup's answer with its evidence: the gazetteer label that matched and its edit distance from the
     * surface's key (0 for an exact match, 1 for a tolerated typo).
     */
    public record Match(KnownEntity entity, String label, int distance) {
        public Match {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(label, "label");
        }

        public boolean exact() {
            return distance == 0;
        }
    }

    private final Graph graph;
    private final List<KnownEntity> entities;
    private final Map<String, KnownEntity> byIri;
    private final LabelIndex labels;

    private Gazetteer(Graph graph, List<KnownEntity> entities) {
        this.graph = new GraphReadOnly(graph);
        this.entities = List.copyOf(entities);
        this.byIri = entities.stream().collect(Collectors.toUnmodifiableMap(KnownEntity::iri, Function.identity()));
        this.labels = new LabelIndex(entities);
    }

    /**
     * The gazetteer shipped with lskg, read once: {@code gazetteer.ttl} with the provinces and centrally-run
     * cities of {@link Provinces#standard()} and their Ủy ban nhân dân, Hội đồng nhân dân and party committees
     * ({@link ProvinceEntities}).
     */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /**
     * Reads a gazetteer from Turtle. The stream is parsed as given (never through Jena's stream manager,
     * which the server restricts to HTTP); warnings count as errors.
     *
     * @throws GazetteerException if the text is not Turtle or an entity breaks the rules of
     *     {@code gazetteer.ttl} (one prefLabel@vi, one category, one source, IRI minted from the label)
     */
    public static Gazetteer read(InputStream turtle) {
        return of(parse(turtle), List.of());
    }

    /** The entities of a gazetteer graph with derived entities added to it. */
    private static Gazetteer of(Graph graph, List<Graph> derived) {
        derived.forEach(d -> GraphUtil.addInto(graph, d));
        return new Gazetteer(graph, GazetteerReader.read(graph));
    }

    private static Graph parse(InputStream turtle) {
        Objects.requireNonNull(turtle, "turtle");
        Graph graph;
        try {
            graph = RDFParser.source(turtle).lang(Lang.TURTLE)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .toGraph();
        } catch (RiotException e) {
            throw new GazetteerException("The gazetteer is not valid Turtle: " + e.getMessage(), e);
        }
        return graph;
    }

    /** Every entity, sorted by IRI. */
    public List<KnownEntity> all() {
        return entities;
    }

    public Optional<KnownEntity> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The one entity with a label equal to the surface (by key); empty if none or several have it. */
    public Optional<KnownEntity> byLabel(String surface) {
        List<KnownEntity> found = candidates(surface);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every entity with a label equal to the surface (by key), for the caller to choose among by context. */
    public List<KnownEntity> candidates(String surface) {
        return labels.exact(Objects.requireNonNull(surface, "surface"));
    }

    /**
     * The entity of the category that the surface names, exactly or with one typo. A typo (one edit on the
     * key) is tolerated only in a surface of two or more words or ten or more letters that is no entity's
     * label, within one word that has no digit and is not an abbreviation, and only if a single entity of the
     * category is that close: "huyện Đinh Lập" finds huyện Đình Lập, "Quốc lộ 4C" finds nothing. Empty when
     * nothing, or more than one entity, fits.
     */
    public Optional<Match> closest(String surface, EntityCategory category) {
        return labels.closest(Objects.requireNonNull(surface, "surface"), Objects.requireNonNull(category, "category"));
    }

    /** Label keys that more than one entity carries, with those entities. */
    public Map<String, List<KnownEntity>> ambiguousLabels() {
        return labels.ambiguous();
    }

    /** The gazetteer's triples (entities, their parents and the decisions approving them), read-only. */
    public Graph graph() {
        return graph;
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = load();

        private static Gazetteer load() {
            try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The gazetteer is not on the classpath: " + RESOURCE);
                }
                return of(parse(in), List.of(ProvinceEntities.graph(Provinces.standard())));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
    }
}
