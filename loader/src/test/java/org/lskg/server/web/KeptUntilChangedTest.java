package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.lskg.store.DataVersion;

/** A costly value read from the store is read again only when the store changed, or never when read-only. */
class KeptUntilChangedTest {

    private final DatasetGraph store = DatabaseMgr.createDatasetGraph();
    private final AtomicInteger reads = new AtomicInteger();

    private KeptUntilChanged<Integer> counted(boolean readOnly) {
        return new KeptUntilChanged<>(readOnly,
                () -> Txn.calculateRead(store, () -> DataVersion.ofThreadTransaction(store)), reads::incrementAndGet);
    }

    private void write() {
        Txn.executeWrite(store, () -> store.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o" + reads.get())));
    }

    @Test
    void readAgainOnlyAfterAWriteWhenUpdatesAreTaken() {
        KeptUntilChanged<Integer> value = counted(false);
        assertEquals(1, value.get());
        assertEquals(1, value.get());
        write();
        assertEquals(2, value.get());
        assertEquals(2, value.get());
    }

    @Test
    void keptForGoodWhenReadOnly() {
        KeptUntilChanged<Integer> value = counted(true);
        assertEquals(1, value.get());
        write(); // cannot happen through a read-only server; the value is not read again
        assertEquals(1, value.get());
    }

    @Test
    void readEveryTimeWhenTheStoreDoesNotNumberItsStates() {
        KeptUntilChanged<Integer> value = new KeptUntilChanged<>(false, OptionalLong::empty, reads::incrementAndGet);
        assertEquals(1, value.get());
        assertEquals(2, value.get());
    }

    @Test
    void aCallThatComesWhileTheValueIsReadWaitsForIt() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        KeptUntilChanged<Integer> value = new KeptUntilChanged<>(true, OptionalLong::empty, () -> {
            reading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reads.incrementAndGet();
        });
        Thread first = new Thread(value::get);
        first.start();
        reading.await();
        Thread second = new Thread(value::get);
        second.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (second.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
            Thread.sleep(1); // until it waits on the first call's reading (or reads it itself: then two reads)
        }
        release.countDown();
        first.join();
        second.join();
        assertEquals(1, reads.get());
        assertEquals(1, value.get());
    }
}
