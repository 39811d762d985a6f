package dev.mlwb.analysis.profile;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.bundle.Comparison;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Table;
import java.util.Optional;

/**
 * Where a comparison finds the model's score on both sides: predictions datasets of the same names, or,
 * for baseline → canary, one predictions source split by its arm column.
 *
 * @param reference the reference side
 * @param current the current side
 * @param byArm whether both sides are arms of one table
 */
public record ScoreSides(Part reference, Part current, boolean byArm) {

    /** The score sides of a comparison, if it has them. */
    public static Optional<ScoreSides> of(IncidentData data, Comparison c) {
        if (c.reference().equals(c.current())) {
            return Optional.empty();
        }
        Optional<Table> ref = data.predictions(c.reference());
        Optional<Table> cur = data.predictions(c.current());
        if (ref.isPresent() && cur.isPresent()) {
            return Optional.of(new ScoreSides(Part.of(ref.get()), Part.of(cur.get()), false));
        }
        Arms arms = data.manifest().arms();
        Optional<String> refArm = armOf(c.reference(), arms, true);
        Optional<String> curArm = armOf(c.current(), arms, false);
        if (refArm.isEmpty() || curArm.isEmpty()) {
            return Optional.empty();
        }
        return data.tables(Role.PREDICTIONS).stream().filter(t -> t.has("arm")).findFirst()
                .map(t -> new ScoreSides(new Part(t, refArm), new Part(t, curArm), true));
    }

    /** The arm value a comparison's dataset name stands for: {@code baseline} / {@code canary} or the arm itself. */
    private static Optional<String> armOf(String dataset, Arms arms, boolean baseline) {
        String arm = baseline ? arms.baseline() : arms.canary();
        String role = baseline ? "baseline" : "canary";
        return dataset.equals(role) || dataset.equals(arm) ? Optional.of(arm) : Optional.empty();
    }
}
