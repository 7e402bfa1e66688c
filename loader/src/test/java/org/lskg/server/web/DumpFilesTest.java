package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lskg.store.ExportFormat;

/** The kept dumps: asking which are ready never waits for one being written (the VoID description asks). */
class DumpFilesTest {

    @Test
    void aDumpBeingWrittenIsNotReadyAndDoesNotBlock() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DumpFiles files = new DumpFiles((format, graph, out) -> {
            started.countDown();
            try {
                release.await();
                out.write("<urn:a> <urn:b> <urn:c> .\n".getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, true);
        try {
            files.prepareInBackground(List.of(ExportFormat.NQUADS));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            // the background thread is inside the export: asking must answer at once, with nothing ready
            Optional<DumpFiles.Dump> during = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> files.ready(ExportFormat.NQUADS));
            assertTrue(during.isEmpty());
            release.countDown();
            // a request for the dump waits for the one being written rather than writing another
            DumpFiles.Dump dump = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> files.full(ExportFormat.NQUADS));
            assertEquals(26, dump.size());
            assertEquals(dump, files.ready(ExportFormat.NQUADS).orElseThrow());
        } finally {
            release.countDown();
            files.close();
        }
    }
}
