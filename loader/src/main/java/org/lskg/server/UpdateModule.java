package org.lskg.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.util.Context;

/**
 * Adds SPARQL Update at {@code /lskg/update}, open only to users who log in with HTTP basic
 * authentication. The query endpoints stay read-only and public.
 *
 * <p>Users come from a credentials file in Jetty's {@code PropertyUserStore} format, which
 * Fuseki's {@code --passwd} option also reads: one {@code user: password} per line, {@code #}
 * starts a comment, and the password may be stored obfuscated or hashed as
 * {@code OBF:...}, {@code MD5:...} or {@code CRYPT:...} (see Jetty's {@code Password}).
 * Any user in the file may update. Updates have no timeout, but, like queries, may not call
 * other servers with {@code SERVICE}. Basic authentication sends the password in clear, so
 * the update endpoint belongs behind TLS or on the loopback interface.
 */
public final class UpdateModule implements FusekiModule {

    /** Realm named in the {@code WWW-Authenticate} challenge. */
    public static final String REALM = "lskg";

    private final Path credentials;
    private final String datasetName;

    private UpdateModule(Path credentials, String datasetName) {
        this.credentials = credentials;
        this.datasetName = datasetName;
    }

    /**
     * Update for {@code datasetName}, with users from {@code credentials}.
     *
     * @throws IllegalArgumentException if the file is missing, unreadable, malformed or lists
     *         no user with a password
     */
    public static UpdateModule withCredentials(Path credentials, String datasetName) {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(datasetName, "datasetName");
        checkCredentials(credentials);
        return new UpdateModule(credentials.toAbsolutePath(), datasetName);
    }

    @Override
    public String name() {
        return "lskg update";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Context context = new Context();
        // No SERVICE calls to other servers from the WHERE clause of an update, whatever queries may call.
        ServicePolicy.none().applyTo(context);
        Endpoint update = Endpoint.create()
                .operation(Operation.Update)
                .endpointName("update")
                .authPolicy(Auth.ANY_USER)
                .context(context)
                .build();
        builder.passwordFile(credentials.toString())
               .auth(AuthScheme.BASIC)
               .realm(REALM)
               .getDataServiceBuilder(datasetName).addEndpoint(update);
    }

    private static void checkCredentials(Path file) {
        if ( !Files.isRegularFile(file) )
            throw new IllegalArgumentException("Credentials file not found: " + file);
        if ( !Files.isReadable(file) )
            throw new IllegalArgumentException("Credentials file not readable: " + file);
        // Parsed as Jetty's PropertyUserStore parses it.
        Properties users = new Properties();
        try ( Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8) ) {
            users.load(reader);
        } catch (IOException | IllegalArgumentException ex) {
            throw new IllegalArgumentException("Credentials file unreadable: " + file + ": " + ex.getMessage(), ex);
        }
        boolean anyUser = users.stringPropertyNames().stream()
                .anyMatch(user -> !user.isBlank() && !users.getProperty(user).split(",", -1)[0].isBlank());
        if ( !anyUser )
            throw new IllegalArgumentException("Credentials file lists no 'user: password' line: " + file);
    }
}
