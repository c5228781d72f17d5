package dev.briefing.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs an action on every item on all cores, each thread taking the next item as soon as it
 * finishes one. A parallel stream splits a list into fixed shares up front, so one long item
 * (a listing page of every brief, the search index) leaves the other cores idle once their
 * shares are done; taking items one at a time, longest first, keeps every core busy to the end.
 * On two cores a stream makes four shares: the last of 20,000 files to load ran on one core.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * Runs {@code action} on each item, on the calling thread and the common pool's threads. The
     * first failure stops the hand-out of further items and is rethrown once every thread is done,
     * so nothing still runs when this returns.
     */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        forEachIndex(items.size(), i -> action.accept(items.get(i)));
    }

    /** Each item mapped, as {@link #forEach} runs them, in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        Object[] out = new Object[items.size()];
        forEachIndex(items.size(), i -> out[i] = function.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(out);
        return Collections.unmodifiableList(list);
    }

    private static void forEachIndex(int size, IntConsumer action) {
        AtomicInteger next = new AtomicInteger();
        // The first failure itself, as thrown: joining a task would rethrow a wrapped copy.
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable drain = () -> {
            try {
                for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) action.accept(i);
            } catch (RuntimeException | Error e) {
                next.set(size);
                if (!failure.compareAndSet(null, e) && failure.get() != e) failure.get().addSuppressed(e);
            }
        };
        int helpers = Math.min(size - 1, ForkJoinPool.getCommonPoolParallelism());
        List<ForkJoinTask<?>> started = new ArrayList<>();
        for (int h = 0; h < helpers; h++) started.add(ForkJoinPool.commonPool().submit(drain));
        drain.run();
        if (!(Thread.currentThread() instanceof ForkJoinWorkerThread)) {
            // A thread outside the pool would only wait in join; this one runs what the pool's threads have handed
            // out meanwhile (the other language's checks, while the languages resolve one per thread) until its own
            // helpers are done.
            while (!started.stream().allMatch(ForkJoinTask::isDone)) {
                ForkJoinPool.commonPool().awaitQuiescence(10, TimeUnit.MILLISECONDS);
            }
        }
        started.forEach(ForkJoinTask::join);
        if (failure.get() instanceof RuntimeException e) throw e;
        if (failure.get() instanceof Error e) throw e;
    }
}
