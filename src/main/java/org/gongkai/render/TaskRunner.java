package org.gongkai.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a rendering's tasks: each renders its files into its own list (from any thread), or takes over
 * the files an earlier rendering made under the same key. The files are put together in the order the
 * tasks are added, whatever order they ran in.
 */
final class TaskRunner {

    /** A task's files under the key they were made with; stale when they stand in for a changed input. */
    record Outcome(String key, List<RenderedFile> files, boolean stale) {
    }

    private final Reuse reuse;
    private final Progress progress;
    private final FileSink out;
    private final List<RenderedFile> files = new ArrayList<>();
    private final Map<String, List<RenderedFile>> tasks = new LinkedHashMap<>();
    private final AtomicInteger rendered = new AtomicInteger();
    /** The chart files of tasks taken over from the earlier rendering, whose digests stay as they were. */
    private final Set<String> keptCharts = ConcurrentHashMap.newKeySet();
    /** Whether some shared task's files are last rendering's, standing in for a changed input. */
    private boolean lagging;
    /** Where the task running on this thread puts its files. */
    private final ThreadLocal<List<RenderedFile>> sink = new ThreadLocal<>();

    TaskRunner(Reuse reuse, Progress progress, FileSink out) {
        this.reuse = reuse;
        this.progress = progress;
        this.out = out;
    }

    /**
     * A task shared by many reports (home, comparisons, indexes, feeds, datasets): when the reuse
     * allows it, last rendering's files stand in until the next full rendering.
     */
    void shared(String key, Runnable render) {
        add(sharedOutcome(key, render));
    }

    Outcome sharedOutcome(String key, Runnable render) {
        var stale = reuse.files(key).isPresent() ? Optional.<Map.Entry<String, List<RenderedFile>>>empty()
                : reuse.stale(Keys.task(key));
        if (stale.isPresent()) {
            // Recorded under the key it was made with, so the next rendering does not mistake it for current.
            return new Outcome(stale.get().getKey(), kept(stale.get().getValue()), true);
        }
        return taskOutcome(key, render);
    }

    /** Takes the task's files over from an earlier rendering when its key is known, else renders it. */
    Outcome taskOutcome(String key, Runnable render) {
        stopIfCancelled();
        return outcome(key, render);
    }

    /** As {@link #taskOutcome}, without first looking whether the rendering is still wanted. */
    Outcome outcome(String key, Runnable render) {
        return new Outcome(key, run(key, render), false);
    }

    void stopIfCancelled() {
        if (progress.cancelled()) {
            throw new CancellationException("a newer rendering is wanted");
        }
    }

    /** Adds a task's files to the rendering, in the order tasks are added. */
    void add(Outcome outcome) {
        files.addAll(outcome.files());
        tasks.put(outcome.key(), outcome.files());
        lagging |= outcome.stale();
    }

    /** Adds a file to the task running on this thread. */
    void add(String path, byte[] bytes) {
        add(new RenderedFile(path, bytes));
    }

    void add(RenderedFile file) {
        sink.get().add(file);
    }

    /** The files the task running on this thread has made so far. */
    List<RenderedFile> current() {
        return sink.get();
    }

    /** The files of the tasks added so far, in order. */
    List<RenderedFile> files() {
        return files;
    }

    FileSink out() {
        return out;
    }

    Reuse reuse() {
        return reuse;
    }

    Progress progress() {
        return progress;
    }

    Set<String> keptCharts() {
        return keptCharts;
    }

    Map<String, List<RenderedFile>> tasks() {
        return tasks;
    }

    int rendered() {
        return rendered.get();
    }

    boolean lagging() {
        return lagging;
    }

    private List<RenderedFile> run(String key, Runnable render) {
        var previous = reuse.files(key);
        if (previous.isPresent()) {
            return kept(previous.get());
        }
        List<RenderedFile> output = new ArrayList<>();
        sink.set(output);
        try {
            render.run();
        } finally {
            sink.remove();
        }
        rendered.incrementAndGet();
        return output.stream().map(out::accept).toList();
    }

    /** Files of an earlier rendering's task, taken over as they are. */
    private List<RenderedFile> kept(List<RenderedFile> earlier) {
        earlier.stream().map(RenderedFile::path).filter(p -> p.contains("/charts/")).forEach(keptCharts::add);
        return earlier.stream().map(out::accept).toList();
    }
}
