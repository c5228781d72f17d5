package dev.briefing.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
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
    void aFailureStopsTheRestAndNothingRunsAfterItIsThrown() {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger started = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Parallel.forEach(items, i -> {
            started.incrementAndGet();
            if (i == 10) throw boom;
        }));
        assertSame(boom, thrown);
        int afterReturn = started.get();
        assertEquals(afterReturn, started.get(), "no item still running once forEach has thrown");
        assertEquals(true, afterReturn < items.size(), "items after the failure were not handed out");
    }
}
