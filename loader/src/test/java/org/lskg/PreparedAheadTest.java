package org.lskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link PreparedAhead}: files prepared in parallel come back in file order, a bounded number ahead. */
class PreparedAheadTest {

    private static final List<Path> FILES = List.of(Path.of("001.txt"), Path.of("002.txt"), Path.of("003.txt"),
            Path.of("004.txt"), Path.of("005.txt"));

    private static Pipeline.Prepared refusal(Path file) {
        return new Pipeline.Prepared.Refused(file.toString());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void resultsComeInFileOrderWhateverOrderTheWorkersFinishIn() {
        // the first file is finished last: it waits until the third one is done
        CountDownLatch thirdDone = new CountDownLatch(1);
        Function<Path, Pipeline.Prepared> prepare = file -> {
            if (file.equals(FILES.get(0))) {
                await(thirdDone);
            }
            Pipeline.Prepared p = refusal(file);
            if (file.equals(FILES.get(2))) {
                thirdDone.countDown();
            }
            return p;
        };
        List<String> seen = new ArrayList<>();
        try (PreparedAhead ahead = new PreparedAhead(FILES, prepare, 3, 3)) {
            while (ahead.hasNext()) {
                seen.add(((Pipeline.Prepared.Refused) ahead.next()).reason());
            }
        }
        assertEquals(FILES.stream().map(Path::toString).toList(), seen);
    }

    @Test
    void noMoreThanTheWindowIsPreparedBeforeTheWriterTakesIt() throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        Semaphore running = new Semaphore(0);
        CountDownLatch release = new CountDownLatch(1);
        Function<Path, Pipeline.Prepared> prepare = file -> {
            started.incrementAndGet();
            running.release();
            await(release);
            return refusal(file);
        };
        try (PreparedAhead ahead = new PreparedAhead(FILES, prepare, 4, 2)) {
            running.acquire(2);
            assertEquals(2, started.get(), "only the window's files were handed to the workers");
            release.countDown();
            assertEquals("001.txt", ((Pipeline.Prepared.Refused) ahead.next()).reason());
            running.acquire(1); // taking one lets one more start
            assertEquals(3, started.get());
        }
    }

    @Test
    void anErrorReachesTheWriterAsItself() {
        OutOfMemoryError oom = new OutOfMemoryError("a file too large for the heap");
        try (PreparedAhead ahead = new PreparedAhead(FILES.subList(0, 1), file -> { throw oom; }, 1, 1)) {
            assertSame(oom, assertThrows(OutOfMemoryError.class, ahead::next));
            assertFalse(ahead.hasNext());
        }
    }
}
