package org.lskg.server.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.lskg.rdf.Prefixes;
import org.lskg.store.StoreTextIndex;

/**
 * The query page: the canned analyst queries one click away ({@code /query?name=documents} runs one), an editor
 * for any SPARQL query ({@code ?query=...}, GET or form POST), and the results as a table: a SELECT's rows, an
 * ASK's answer, the triples of a CONSTRUCT or DESCRIBE. Queries run as on the public endpoint (read-only, same
 * time-out and SERVICE policy) and show at most {@link #PAGE_ROWS} rows; lskg's usual prefixes and
 * {@code text:} are declared in advance.
 */
final class QueryPage implements Handler {

    static final int PAGE_ROWS = 1000;
    private static final PrefixMapping PREDECLARED = PrefixMapping.Factory.create()
            .setNsPrefixes(Prefixes.STANDARD).setNsPrefix("text", StoreTextIndex.TEXT_NS).lock();

    private final Site site;
    private final CannedQueries canned = CannedQueries.load();

    QueryPage(Site site) {
        this.site = site;
    }

    @Override
    public void handle(WebRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> m = new HashMap<>();
        Optional<String> name = request.param("name");
        Optional<String> text = request.param("query").or(() -> name.flatMap(canned::named).map(CannedQueries.Canned::text));
        if (name.isPresent() && text.isEmpty()) {
            throw new NotFound();
        }
        m.put("canned", canned.all().stream().map(c -> Map.of("name", c.name(), "question", c.question(),
                "active", name.map(c.name()::equals).orElse(false))).toList());
        m.put("query", text.orElse(canned.all().isEmpty() ? "SELECT * { ?s ?p ?o } LIMIT 10" : canned.all().get(0).text()));
        m.put("pageRows", PAGE_ROWS);
        m.put("endpoint", site.settings().datasetPath() + "/sparql");
        if (text.isPresent()) {
            m.put("ran", true);
            run(request, text.get(), m);
        }
        site.page(request, response, "query", site.message(request, "query.title"), m);
    }

    private void run(WebRequest request, String text, Map<String, Object> m) {
        Views views = site.views(request);
        Query parsed = new Query();
        parsed.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(PREDECLARED));
        QueryFactory.parse(parsed, text, null, Syntax.syntaxARQ);
        Query query = parsed.cloneQuery();
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > PAGE_ROWS)) {
            query.setLimit(PAGE_ROWS);
        }
        List<String> columns;
        List<Map<String, Object>> rows = new ArrayList<>();
        if (query.isSelectType()) {
            List<Map<String, Node>> result = site.sparql().select(query, Map.of());
            columns = query.getResultVars();
            result.forEach(r -> rows.add(Map.of("cells", columns.stream().map(c -> views.value(r.get(c))).toList())));
        } else if (query.isAskType()) {
            columns = List.of("ask");
            boolean yes = site.sparql().ask(query, Map.of());
            rows.add(Map.of("cells", List.of(Map.of("text", Boolean.toString(yes)))));
        } else {
            Graph g = site.sparql().construct(query, Map.of());
            columns = List.of("subject", "predicate", "object");
            g.find().forEachRemaining(t -> rows.add(Map.of("cells", List.of(views.value(t.getSubject()),
                    views.value(t.getPredicate()), views.value(t.getObject())))));
        }
        m.put("columns", columns);
        m.put("rows", rows);
        m.put("rowCount", rows.size());
        m.put("capped", rows.size() >= PAGE_ROWS);
    }
}
