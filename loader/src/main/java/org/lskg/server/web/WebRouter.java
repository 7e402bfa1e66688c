package org.lskg.server.web;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes every request that is not Fuseki's (the dataset's endpoints under {@code /lskg}, the admin-free
 * {@code /$/} services) to lskg's own pages, linked data, VoID, dumps and static files; anything else gets the
 * 404 page. Files are only ever read from the class path, by names checked against a strict pattern
 * ({@link StaticFiles}), never from the file system. Only GET and HEAD are answered, and POST on the query page.
 */
final class WebRouter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(WebRouter.class);
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

    private final Site site;
    private final String datasetPath;
    private final Handler home;
    private final Handler search;
    private final Handler linkedData;
    private final Handler accountability;
    private final Handler query;
    private final Handler staticFiles;
    private final VoidDescription voidDescription;
    private final Dumps dumps;
    private final Handler fusekiUi;

    WebRouter(WebSettings settings) {
        this.site = new Site(settings);
        this.datasetPath = settings.datasetPath();
        this.home = new HomePage(site);
        this.search = new SearchPage(site);
        this.linkedData = new LinkedData(site);
        this.accountability = new AccountabilityPage(site);
        this.query = new QueryPage(site);
        this.staticFiles = StaticFiles.lskg();
        this.dumps = new Dumps(site);
        this.voidDescription = new VoidDescription(site, dumps.files());
        this.fusekiUi = settings.fusekiUi() ? new FusekiUi(datasetPath) : null;
    }

    VoidDescription voidDescription() {
        return voidDescription;
    }

    /** Deletes the dump files. */
    void close() {
        dumps.files().ifPresent(DumpFiles::close);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest http) || !(resp instanceof HttpServletResponse response)) {
            chain.doFilter(req, resp);
            return;
        }
        WebRequest request = WebRequest.of(http);
        String path = request.path();
        if (isFuseki(path)) {
            chain.doFilter(req, resp);
            return;
        }
        Optional<Handler> handler = route(path);
        if (handler.isEmpty()) {
            site.error(request, response, HttpServletResponse.SC_NOT_FOUND, "error.notFound", Optional.empty());
            return;
        }
        // the query page takes long queries by form POST; the Fuseki UI's POSTs are only redirected
        boolean postable = handler.get() == query || handler.get() == fusekiUi;
        if (!READ_METHODS.contains(request.method()) && !("POST".equals(request.method()) && postable)) {
            response.setHeader("Allow", postable ? "GET, HEAD, POST" : "GET, HEAD");
            site.error(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "error.method", Optional.empty());
            return;
        }
        try {
            handler.get().handle(request, response);
        } catch (NotFound e) {
            failed(request, response, HttpServletResponse.SC_NOT_FOUND, "error.notFound", null);
        } catch (QueryCancelledException e) {
            failed(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.timeout", null);
        } catch (QueryParseException e) {
            failed(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.query", e.getMessage());
        } catch (QueryExceptionHTTP e) {
            failed(request, response, HttpServletResponse.SC_BAD_GATEWAY, "error.service", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{} {}: {}", request.method(), path, e.toString(), e);
            failed(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "error.internal", null);
        }
    }

    private void failed(WebRequest request, HttpServletResponse response, int status, String key, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return; // a streamed answer broke off: nothing more can be said
        }
        response.reset();
        site.error(request, response, status, key, Optional.ofNullable(detail));
    }

    private boolean isFuseki(String path) {
        return path.equals(datasetPath) || path.startsWith(datasetPath + "/") || path.startsWith("/$/");
    }

    private Optional<Handler> route(String path) {
        if (path.equals("/")) {
            return Optional.of(home);
        }
        if (path.equals("/search")) {
            return Optional.of(search);
        }
        if (path.startsWith("/id/") || path.startsWith("/graph/") || path.equals("/resource")) {
            return Optional.of(linkedData);
        }
        if (path.equals("/accountability") || path.startsWith("/accountability/")) {
            return Optional.of(accountability);
        }
        if (path.equals("/query")) {
            return Optional.of(query);
        }
        if (path.startsWith("/static/")) {
            return Optional.of(staticFiles);
        }
        if (path.equals("/.well-known/void")) {
            return Optional.of(voidDescription);
        }
        if (path.equals("/dumps") || path.startsWith("/dumps/")) {
            return Optional.of(dumps);
        }
        if (fusekiUi != null && (path.equals("/fuseki") || path.startsWith("/fuseki/"))) {
            return Optional.of(fusekiUi);
        }
        return Optional.empty();
    }
}
