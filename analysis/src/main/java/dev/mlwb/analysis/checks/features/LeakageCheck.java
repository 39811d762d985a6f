package dev.mlwb.analysis.checks.features;

import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code features.leakage}: a feature value computed after the time it is used to predict. For
 * every features dataset with {@code feature_timestamps}, per feature: rows whose feature
 * timestamp lies more than the tolerance after the row's timestamp or its label's, their share,
 * and the worst lookahead. Any such row is critical: the model learns from the future.
 */
public final class LeakageCheck implements Check {
    public static final String ID = "features.leakage";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Feature values computed after the time they are used to predict (lookahead)";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.FEATURES, Role.LABELS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("tolerance_hours", 1, "feature timestamps up to this many hours late are accepted"),
                new ThresholdSpec("min_violations", 1, "this many violating rows in a feature are critical"));
    }

    private static List<Table> datasets(IncidentData data) {
        return data.tables(Role.FEATURES).stream().filter(t -> !t.featureTimestamps().isEmpty()).toList();
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        List<Table> timed = datasets(data);
        if (timed.isEmpty()) {
            return Optional.of("no features source maps feature_timestamps (when each feature value was computed)");
        }
        boolean comparable = timed.stream().anyMatch(t -> t.has("timestamp")
                || t.has("entity") && Lookahead.labelTimes(data).isPresent());
        return comparable ? Optional.empty() : Optional.of("the features sources with feature_timestamps have neither "
                + "a timestamp nor an entity joined to labels with a timestamp, so there is no time to compare with");
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        Optional<String> labels = Lookahead.labelTimes(ctx.data());
        double tolerance = ctx.threshold("tolerance_hours");
        boolean first = true;
        for (Table t : datasets(ctx.data())) {
            boolean withLabels = labels.isPresent() && t.has("entity");
            if (!t.has("timestamp") && !withLabels) {
                continue;
            }
            String against = t.has("timestamp") && withLabels ? "the earlier of the row's timestamp and its label's"
                    : t.has("timestamp") ? "the row's timestamp" : "the label's timestamp";
            String prefix = first ? "" : t.name() + "_";
            first = false;
            List<LeakageTimeline> leaking = new ArrayList<>();
            for (String feature : t.featureTimestamps().keySet().stream().sorted().toList()) {
                ctx.cancellation().throwIfCancelled();
                LeakageTimeline l = Lookahead.measure(ctx.db(), t, feature, labels, tolerance, against);
                result.evidence(l);
                result.measures(Subject.feature(feature), prefix + "violation_share", l.violationShare(),
                        prefix + "violations", l.violations(), prefix + "max_lookahead_hours", l.maxLookaheadHours());
                if (l.violations() >= Math.max(1, ctx.threshold("min_violations"))) {
                    leaking.add(l);
                }
            }
            if (!leaking.isEmpty()) {
                leaking.sort(Comparator.comparingDouble(LeakageTimeline::violationShare).reversed());
                result.finding(LeakageFinding.build(ID, Severity.CRITICAL, t, leaking, tolerance));
            }
        }
        return result.build();
    }
}
