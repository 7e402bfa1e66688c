package org.lskg.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateModuleTest {

    @TempDir
    Path dir;

    private String rejection(Path credentials) {
        return assertThrows(IllegalArgumentException.class,
                            () -> UpdateModule.withCredentials(credentials, LskgServer.DATASET)).getMessage();
    }

    @Test
    void missingFileRejected() {
        assertTrue(rejection(dir.resolve("absent.passwd")).startsWith("Credentials file not found"));
    }

    @Test
    void directoryRejected() {
        assertTrue(rejection(dir).startsWith("Credentials file not found"));
    }

    @Test
    void emptyFileRejected() throws IOException {
        assertTrue(rejection(Files.writeString(dir.resolve("empty.passwd"), "")).contains("no 'user: password'"));
        assertTrue(rejection(Files.writeString(dir.resolve("comments.passwd"), "# nobody\n\n"))
                           .contains("no 'user: password'"));
        assertTrue(rejection(Files.writeString(dir.resolve("nopassword.passwd"), "editor:\n"))
                           .contains("no 'user: password'"));
    }

    @Test
    void serverBuildRejectsBadFile() {
        var builder = LskgServer.create().dataset(TestStore.emptyUnionStore()).port(0)
                                .allowUpdate(dir.resolve("absent.passwd"));
        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    void jettyFormatAccepted() throws IOException {
        Path credentials = Files.writeString(dir.resolve("users.passwd"), """
                # Jetty PropertyUserStore format
                editor: s3cret
                admin: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v, admin
                """);
        assertDoesNotThrow(() -> UpdateModule.withCredentials(credentials, LskgServer.DATASET));
    }
}
