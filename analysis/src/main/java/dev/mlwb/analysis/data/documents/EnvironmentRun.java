package dev.mlwb.analysis.data.documents;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One environment fingerprint: a training run or a replica, as one line of an {@code environments}
 * file describes it. Every field but {@code run} is optional.
 *
 * @param file the file it came from, as shown in messages
 * @param location where in the file: {@code line 3} (or {@code [2]} in a JSON array)
 * @param packages package → version as written (a version range such as {@code >=1.23} is unpinned)
 * @param hardware hardware key → value, e.g. {@code gpu → A100}
 * @param seed the random seed, as text
 * @param metrics metric → value, e.g. {@code auc → 0.91}
 * @param other every other scalar field, as text
 */
public record EnvironmentRun(String run, String file, String location, Optional<String> modelVersion, Optional<Instant> startedAt,
                             Optional<String> codeVersion, Optional<String> dataVersion, Map<String, String> packages,
                             Map<String, String> hardware, Optional<String> seed, Optional<String> artifactSha256,
                             Map<String, Double> metrics, Map<String, String> other) {

    public EnvironmentRun {
        packages = Collections.unmodifiableMap(new TreeMap<>(packages));
        hardware = Collections.unmodifiableMap(new TreeMap<>(hardware));
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
        other = Collections.unmodifiableMap(new TreeMap<>(other));
    }

    /** The file and line, for messages: {@code envs.jsonl line 3}. */
    public String where() {
        return file + " " + location;
    }
}
