package org.lskg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Plain HTTP requests to a test server, to see status codes and headers as a client does. */
final class TestHttp {

    private TestHttp() {}

    static HttpResponse<String> get(String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
    }

    static HttpResponse<String> query(String endpoint, String query, String... headers) {
        return get(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), headers);
    }

    static HttpResponse<String> update(String endpoint, String update, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        return send(request, headers);
    }

    static HttpResponse<String> options(String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
                    headers);
    }

    /** Header name and value for HTTP basic authentication. */
    static String[] basicAuth(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new String[] {"Authorization", "Basic " + token};
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if ( headers.length > 0 )
            request.headers(headers);
        try {
            // A client per request: a pooled connection that the server closes after refusing a request (an update
            // on a read-only endpoint) could be picked for the next one, which then fails with "header parser
            // received no bytes" (seen in CI); a test must see the server's answer, not the pool's race.
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
