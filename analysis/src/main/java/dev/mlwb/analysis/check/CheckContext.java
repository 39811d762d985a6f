package dev.mlwb.analysis.check;

import dev.mlwb.analysis.bundle.Manifest;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.run.Cancellation;

/** What a running check gets: the incident, its resolved thresholds, and the cancellation flag. */
public record CheckContext(IncidentData data, Thresholds thresholds, Cancellation cancellation) {

    public Manifest manifest() {
        return data.manifest();
    }

    public Database db() {
        return data.db();
    }

    /** A threshold value (default or the manifest's override). */
    public double threshold(String key) {
        return thresholds.get(key);
    }
}
