package org.gongkai.derive;

import java.util.function.Supplier;

/** A value worked out the first time it is asked for, once, for pages that may not be rendered at all. */
public final class Lazy<T> implements Supplier<T> {

    private Supplier<T> compute;
    private volatile T value;

    public Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                if (value == null) {
                    value = compute.get();
                    compute = null;
                }
                result = value;
            }
        }
        return result;
    }
}
