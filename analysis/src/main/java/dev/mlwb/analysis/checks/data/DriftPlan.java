package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.bundle.Comparison;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code data.drift} compares for one comparison of the manifest: the features both datasets
 * share, and the model's score when predictions exist for both sides (predictions datasets of the
 * same names, or, for baseline → canary, one predictions source split by its arm column).
 *
 * @param comparison the manifest's comparison
 * @param subjects what is compared
 */
record DriftPlan(Comparison comparison, List<Item> subjects) {
    /** The name the score goes by in subjects and evidence. */
    static final String SCORE = "score";

    /** One compared subject. */
    record Item(Subject subject, String name, boolean numeric, Side reference, Side current) {
        boolean isScore() {
            return subject.kind().equals("metric");
        }
    }

    DriftPlan {
        subjects = List.copyOf(subjects);
    }

    String label() {
        return comparison.reference() + " → " + comparison.current();
    }

    static List<DriftPlan> of(IncidentData data) {
        List<DriftPlan> out = new ArrayList<>();
        for (Comparison c : data.manifest().comparisons()) {
            List<Item> items = new ArrayList<>();
            Optional<Table> ref = data.features(c.reference());
            Optional<Table> cur = data.features(c.current());
            if (ref.isPresent() && cur.isPresent() && !c.reference().equals(c.current())) {
                ComparedPair pair = ComparedPair.of(data).stream().filter(p -> p.comparison().equals(c)).findFirst()
                        .orElseThrow();
                for (FeatureColumn f : pair.shared()) {
                    items.add(new Item(Subject.feature(f.name()), f.name(), f.numeric(),
                            Side.of(c.reference(), ref.get().view(), f.expression(), ref.get().has("timestamp"), ""),
                            Side.of(c.current(), cur.get().view(), f.expression(), cur.get().has("timestamp"), "")));
                }
            }
            scoreSides(data, c).ifPresent(items::add);
            if (!items.isEmpty()) {
                out.add(new DriftPlan(c, items));
            }
        }
        return out;
    }

    private static Optional<Item> scoreSides(IncidentData data, Comparison c) {
        Optional<Table> ref = data.predictions(c.reference());
        Optional<Table> cur = data.predictions(c.current());
        if (ref.isPresent() && cur.isPresent() && !c.reference().equals(c.current())) {
            return Optional.of(score(Side.of(c.reference(), ref.get().view(), "__score", ref.get().has("timestamp"), ""),
                    Side.of(c.current(), cur.get().view(), "__score", cur.get().has("timestamp"), "")));
        }
        Arms arms = data.manifest().arms();
        Optional<String> refArm = armOf(c.reference(), arms, true);
        Optional<String> curArm = armOf(c.current(), arms, false);
        if (refArm.isEmpty() || curArm.isEmpty()) {
            return Optional.empty();
        }
        return data.tables(Role.PREDICTIONS).stream().filter(t -> t.has("arm")).findFirst()
                .map(t -> score(Side.of(c.reference(), t.view(), "__score", t.has("timestamp"),
                                "__arm = " + Sql.string(refArm.get())),
                        Side.of(c.current(), t.view(), "__score", t.has("timestamp"),
                                "__arm = " + Sql.string(curArm.get()))));
    }

    /** The arm value a comparison's dataset name stands for: {@code baseline} / {@code canary} or the arm itself. */
    private static Optional<String> armOf(String dataset, Arms arms, boolean baseline) {
        String arm = baseline ? arms.baseline() : arms.canary();
        String role = baseline ? "baseline" : "canary";
        return dataset.equals(role) || dataset.equals(arm) ? Optional.of(arm) : Optional.empty();
    }

    private static Item score(Side ref, Side cur) {
        return new Item(Subject.metric(SCORE), SCORE, true, ref, cur);
    }
}
