package org.lskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store held by another process is refused with a readable message. */
class StoreLockTest {

    /** Holds an OS lock on the file named by its argument, as a TDB2 process does, until its stdin closes. */
    private static final String LOCK_HOLDER = """
            import java.nio.channels.FileChannel;
            import java.nio.file.Path;
            import java.nio.file.StandardOpenOption;
            public class HoldLock {
                public static void main(String[] args) throws Exception {
                    try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                         var lock = channel.lock()) {
                        System.out.println("locked");
                        System.out.flush();
                        System.in.read();
                    }
                }
            }
            """;

    @TempDir Path dir;

    @Test
    void aStoreLockedByAnotherProcessIsRefused() throws Exception {
        Path tdb = dir.resolve("tdb");
        LskgStore.open(tdb, DocumentValidator.none()).close();
        Path source = Files.writeString(dir.resolve("HoldLock.java"), LOCK_HOLDER);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, source.toString(), tdb.resolve("tdb.lock").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            var reader = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", reader.readLine());

            StoreException e = assertThrows(StoreException.class,
                    () -> LskgStore.open(tdb, DocumentValidator.none()));

            assertTrue(e.getMessage().contains("is in use by another process"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        LskgStore.open(tdb, DocumentValidator.none()).close(); // usable again once the other process is gone
    }
}
