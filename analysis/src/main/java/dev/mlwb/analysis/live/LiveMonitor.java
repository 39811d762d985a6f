package dev.mlwb.analysis.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a bundle on a thread of its own: every {@code poll} it reads the stamps of the files the
 * bundle reads ({@link BundleInputs}) and reports a change once the files have settled (unchanged
 * for one more poll, so a file being written is not read half-way); a bundle with live sources is
 * also reported every refresh interval, since only asking the server again can tell whether its data
 * changed. The callback runs on the monitor's thread.
 */
public final class LiveMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveMonitor.class);

    /** Why the bundle should be checked again, and which files changed (none for a live poll). */
    public record Change(String reason, List<Path> files) {
    }

    private final Path bundle;
    private final Duration poll;
    private final Optional<Duration> liveOverride;
    private final Consumer<Change> onChange;
    private final ScheduledExecutorService timer;
    private BundleInputs stable;
    private BundleInputs pending;
    private long lastLive;

    /**
     * @param liveOverride how often to poll live sources, instead of what their manifest says
     */
    public LiveMonitor(Path bundle, Duration poll, Optional<Duration> liveOverride, Consumer<Change> onChange) {
        this.bundle = bundle;
        this.poll = poll;
        this.liveOverride = liveOverride;
        this.onChange = onChange;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mlwb-live-monitor");
            t.setDaemon(true);
            return t;
        });
    }

    /** Takes the first reading now (what the caller has just analysed) and starts polling. */
    public LiveMonitor start() {
        stable = BundleInputs.of(bundle);
        lastLive = System.nanoTime();
        timer.scheduleWithFixedDelay(this::tick, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Whether the bundle has live sources, and how often they are asked. */
    public Optional<Duration> liveRefresh() {
        BundleInputs s = stable;
        return s == null || !s.live() ? Optional.empty() : Optional.of(liveOverride.orElse(s.liveRefresh().orElseThrow()));
    }

    private void tick() {
        try {
            BundleInputs now = BundleInputs.of(bundle);
            List<Path> changed = now.changedSince(stable);
            if (changed.isEmpty()) {
                pending = null;
            } else if (pending != null && now.changedSince(pending).isEmpty()) {
                stable = now;
                pending = null;
                lastLive = System.nanoTime();
                onChange.accept(new Change(describe(changed), changed));
                return;
            } else {
                pending = now;
            }
            Optional<Duration> refresh = liveRefresh();
            if (refresh.isPresent() && System.nanoTime() - lastLive >= refresh.get().toNanos()) {
                lastLive = System.nanoTime();
                onChange.accept(new Change("live sources asked again", List.of()));
            }
        } catch (RuntimeException e) {
            LOG.warn("watching {} failed once: {}", bundle, e.toString());
        }
    }

    private String describe(List<Path> changed) {
        Path root = bundle.toAbsolutePath().normalize();
        List<String> names = changed.stream().limit(3)
                .map(p -> p.startsWith(root) ? root.relativize(p).toString() : p.getFileName().toString()).toList();
        return (changed.size() == 1 ? "file changed: " : changed.size() + " files changed: ") + String.join(", ", names)
                + (changed.size() > 3 ? ", ..." : "");
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
