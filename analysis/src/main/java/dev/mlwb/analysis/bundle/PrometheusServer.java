package dev.mlwb.analysis.bundle;

import dev.mlwb.analysis.time.TimeRange;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A live Prometheus server a metrics source queries ({@code prometheus:} in the manifest): one
 * PromQL query per metric kind (the source's {@code metrics}), over a range given as {@code start}
 * and {@code end}, or as the {@code last} stretch of time up to now, at a {@code step}.
 *
 * @param url the server's base URL, e.g. {@code http://prometheus:9090}
 * @param tokenEnv an environment variable holding a bearer token, if the server needs one
 * @param refresh how often live mode asks again
 */
public record PrometheusServer(URI url, Optional<Instant> start, Optional<Instant> end, Optional<Duration> last,
                               Duration step, Optional<String> tokenEnv, Duration refresh) {
    /** The default range when neither start/end, last nor the manifest's window is given. */
    public static final Duration DEFAULT_LAST = Duration.ofHours(1);

    /** The range to query at {@code now}: start/end, else the last stretch, else the manifest's window, else the last hour. */
    public TimeRange range(Optional<TimeRange> window, Instant now) {
        if (start.isPresent()) {
            return new TimeRange(start.get(), end.orElse(now));
        }
        if (last.isPresent()) {
            return new TimeRange(now.minus(last.get()), now);
        }
        return window.orElse(new TimeRange(now.minus(DEFAULT_LAST), now));
    }
}
