package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.bundle.Comparison;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.profile.Part;
import dev.mlwb.analysis.profile.ProfiledColumn;
import dev.mlwb.analysis.profile.ScoreSides;
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

    /**
     * One compared subject: its sides as profile parts and column, and as SQL relations (for the rare
     * recomputation from the rows).
     */
    record Item(Subject subject, String name, boolean numeric, String column, Part referencePart, Part currentPart,
                Side reference, Side current) {
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
                    items.add(new Item(Subject.feature(f.name()), f.name(), f.numeric(), f.name(), Part.of(ref.get()),
                            Part.of(cur.get()), side(c.reference(), Part.of(ref.get()), f.expression()),
                            side(c.current(), Part.of(cur.get()), f.expression())));
                }
            }
            ScoreSides.of(data, c).ifPresent(s -> items.add(new Item(Subject.metric(SCORE), SCORE, true,
                    ProfiledColumn.SCORE, s.reference(), s.current(), side(c.reference(), s.reference(), "__score"),
                    side(c.current(), s.current(), "__score"))));
            if (!items.isEmpty()) {
                out.add(new DriftPlan(c, items));
            }
        }
        return out;
    }

    private static Side side(String name, Part part, String expression) {
        Table t = part.table();
        return Side.of(name, t.view(), expression, t.has("timestamp"),
                part.arm().map(a -> "__arm = " + Sql.string(a)).orElse(""));
    }
}
