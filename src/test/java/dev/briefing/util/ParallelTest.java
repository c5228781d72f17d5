package dev.briefing.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void runsEveryItemExactlyOnce() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        ConcurrentHashMap<Integer, AtomicInteger> runs = new ConcurrentHashMap<>();
        Parallel.forEach(items, i -> runs.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet());
        assertEquals(items.size(), runs.size());
        runs.values().forEach(n -> assertEquals(1, n.get()));
        Parallel.forEach(List.of(), i -> { throw new AssertionError("no items"); });
    }

    @Test
    void mapKeepsTheItemsOrder() {
        // Items of uneven cost, so the threads finish them out of order.
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        List<String> mapped = Parallel.map(items, i -> {
            if (i % 97 == 0) for (long spin = 0; spin < 20_000; spin++) Thread.onSpinWait();
            return i % 10 == 0 ? null : "#" + i;
        });
        assertEquals(items.size(), mapped.size());
        for (int i = 0; i < items.size(); i++) assertEquals(i % 10 == 0 ? null : "#" + i, mapped.get(i));
        assertThrows(UnsupportedOperationException.class, () -> mapped.set(1, "x"));
        assertEquals(List.of(), Parallel.map(List.<Integer>of(), i -> "never"));
    }

    @Test
    void aFailureStopsTheRestAndNothingRunsAfterItIsThrown() throws InterruptedException {
        assumeTrue(ForkJoinPool.getCommonPoolParallelism() > 0, "needs a helper thread besides the caller");
        Thread caller = Thread.currentThread();
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger started = new AtomicInteger();
        AtomicBoolean helperClaimed = new AtomicBoolean();
        CountDownLatch helperRunning = new CountDownLatch(1);
        CountDownLatch thrown = new CountDownLatch(1);
        CountDownLatch helperDone = new CountDownLatch(1);
        AtomicBoolean helperSawTheThrow = new AtomicBoolean();
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> Parallel.forEach(items, i -> {
            started.incrementAndGet();
            try {
                if (Thread.currentThread() == caller) {
                    // The caller's first item fails while a helper's item is still running.
                    assertTrue(helperRunning.await(20, TimeUnit.SECONDS), "no helper thread took an item");
                    throw boom;
                }
                if (helperClaimed.compareAndSet(false, true)) {
                    // Had forEach thrown without waiting for this item, the throw would be seen here.
                    helperRunning.countDown();
                    helperSawTheThrow.set(thrown.await(500, TimeUnit.MILLISECONDS));
                    helperDone.countDown();
                }
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }));
        thrown.countDown();
        assertSame(boom, caught);
        assertEquals(0, helperDone.getCount(), "forEach threw before the helper's item was done");
        assertFalse(helperSawTheThrow.get(), "an item was still running after forEach threw");
        assertTrue(started.get() < items.size(), "items after the failure were not handed out, but "
                + started.get() + " of " + items.size() + " started");
    }
}
