package org.lskg.server;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * Caps the size of request bodies on every path: a declared {@code Content-Length} above the cap is refused with
 * 413 before anything reads it; a body without a declared length (chunked) fails once it passes the cap. A
 * SPARQL query is a few kilobytes; the default cap, {@link #DEFAULT_MAX_BYTES}, leaves room for long ones.
 */
public final class RequestLimitModule implements FusekiModule {

    public static final long DEFAULT_MAX_BYTES = 1L << 20;

    private final long maxBytes;

    private RequestLimitModule(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static RequestLimitModule maxBytes(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        return new RequestLimitModule(maxBytes);
    }

    @Override
    public String name() {
        return "lskg request limit";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new LimitFilter(maxBytes));
    }

    private record LimitFilter(long maxBytes) implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
                if (http.getContentLengthLong() > maxBytes) {
                    httpResponse.setHeader("Connection", "close");
                    httpResponse.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                            "Request body larger than " + maxBytes + " bytes");
                    return;
                }
                chain.doFilter(new Limited(http, maxBytes), response);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** A request whose body stream fails past the cap. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        CountingStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new IOException("Request body larger than " + maxBytes + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
