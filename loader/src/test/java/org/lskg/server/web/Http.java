package org.lskg.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Requests to a test server as a client makes them: no redirects followed, raw paths when asked. */
final class Http {


    private Http() {}

    static HttpResponse<String> get(String url, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> bytes(String url, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> post(String url, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            // a client per request, so that no test reuses a connection the server closed (see TestHttp)
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A GET with the request target written byte for byte as given (no client-side normalisation of {@code ..}
     * or percent-encodings); returns the status line and the rest of the response.
     */
    static String raw(int port, String target) {
        return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
    }

    /**
     * A POST that declares a body of {@code contentLength} bytes and sends none of it: for answers the server must
     * give from the head alone. (Sending a body the server refuses unread races its close: the reset can reach the
     * client before the answer does.)
     */
    static String rawHead(int port, String target, String contentType, long contentLength) {
        return exchange(port, "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + contentLength + "\r\n\r\n");
    }

    /** Writes {@code request} as it is and reads the response until the server closes the connection. */
    private static String exchange(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status code of a raw response. */
    static int status(String rawResponse) {
        return Integer.parseInt(rawResponse.substring(9, 12));
    }
}
