package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a stage of the build on a given number of threads: parallel streams started inside take their
 * threads from this pool, not from the JVM's common one, so {@code --threads 1} means one thread.
 */
public final class Workers {

    private Workers() {
    }

    /**
     * Maps every item in parallel (in the pool the caller runs in) and waits for all of them, even when
     * one fails: a parallel stream rethrows the first failure while the other items still run, and they
     * would go on writing into a staging folder that is being deleted. The failure of the first item
     * that failed, in list order, is then rethrown.
     */
    public static <T, R> List<R> mapAll(List<T> items, Function<? super T, ? extends R> work) {
        List<Object> results = items.parallelStream().map(item -> {
            try {
                return (Object) work.apply(item);
            } catch (RuntimeException | Error failure) {
                return new Failed(failure);
            }
        }).toList();
        List<R> mapped = new ArrayList<>(results.size());
        for (Object result : results) {
            if (result instanceof Failed failed) {
                if (failed.failure() instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failed.failure();
            }
            @SuppressWarnings("unchecked")
            R r = (R) result;
            mapped.add(r);
        }
        return mapped;
    }

    private record Failed(Throwable failure) {
    }

    public static <T> T call(int threads, Supplier<T> work) {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            return pool.submit(work::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
