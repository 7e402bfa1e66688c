package org.lskg.server;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;
import org.apache.jena.rdf.model.Model;

/**
 * Lets web pages on other origins run SPARQL queries (GET and POST) against the server.
 *
 * <p>Uses Fuseki's own {@link CrossOriginFilter}, but with a narrower policy than Fuseki's
 * {@code enableCors} default: only the methods a reader needs, and no credentials, so a page on
 * another origin can never make a browser send the update password it may have cached.
 */
public final class CorsModule implements FusekiModule {

    private static final String ALLOWED_METHODS = "GET,POST,HEAD,OPTIONS";
    private static final String ALLOWED_HEADERS = "X-Requested-With, Content-Type, Accept, Origin";
    private static final String EXPOSED_HEADERS =
            "Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma";

    private final String allowedOrigins;

    private CorsModule(String allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    /** CORS for any origin. */
    public static CorsModule anyOrigin() {
        return allowOrigins("*");
    }

    /**
     * CORS for the given origins: a comma-separated list in {@link CrossOriginFilter}'s syntax,
     * e.g. {@code "https://example.org, https://*.example.org"}.
     */
    public static CorsModule allowOrigins(String allowedOrigins) {
        Objects.requireNonNull(allowedOrigins, "allowedOrigins");
        if ( allowedOrigins.isBlank() )
            throw new IllegalArgumentException("allowedOrigins is blank");
        return new CorsModule(allowedOrigins);
    }

    @Override
    public String name() {
        return "lskg CORS";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Map<String, String> policy = Map.of(
                CrossOriginFilter.ALLOWED_ORIGINS_PARAM, allowedOrigins,
                CrossOriginFilter.ALLOWED_METHODS_PARAM, ALLOWED_METHODS,
                CrossOriginFilter.ALLOWED_HEADERS_PARAM, ALLOWED_HEADERS,
                CrossOriginFilter.EXPOSED_HEADERS_PARAM, EXPOSED_HEADERS,
                CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
                CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
        builder.addFilter("/*", new ConfiguredFilter(new CrossOriginFilter(), policy));
    }

    /**
     * A filter initialised with fixed parameters. {@code FusekiServer.Builder.addFilter} takes a
     * filter instance, and Jetty then initialises it with an empty configuration.
     */
    private record ConfiguredFilter(Filter delegate, Map<String, String> parameters) implements Filter {
        @Override
        public void init(FilterConfig container) throws ServletException {
            delegate.init(new FilterConfig() {
                @Override public String getFilterName() { return container.getFilterName(); }
                @Override public ServletContext getServletContext() { return container.getServletContext(); }
                @Override public String getInitParameter(String name) { return parameters.get(name); }
                @Override public Enumeration<String> getInitParameterNames() {
                    return Collections.enumeration(parameters.keySet());
                }
            });
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            delegate.doFilter(request, response, chain);
        }

        @Override
        public void destroy() {
            delegate.destroy();
        }
    }
}
