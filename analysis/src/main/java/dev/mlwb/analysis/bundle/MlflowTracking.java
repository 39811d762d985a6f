package dev.mlwb.analysis.bundle;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Where an {@code environments} source finds MLflow training runs ({@code mlflow:} in the manifest):
 * a tracking server's REST API, or (without {@code url}) the tracking folder named by {@code path};
 * optionally only some experiments, by name.
 *
 * @param tokenEnv an environment variable holding a bearer token, if the server needs one
 */
public record MlflowTracking(Optional<URI> url, List<String> experiments, Optional<String> tokenEnv) {
    public static final MlflowTracking FOLDER = new MlflowTracking(Optional.empty(), List.of(), Optional.empty());

    public MlflowTracking {
        experiments = List.copyOf(experiments);
    }
}
