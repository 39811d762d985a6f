package dev.mlwb.analysis.checks;

import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckSuite;
import dev.mlwb.analysis.checks.canary.GuardrailFastCheck;
import dev.mlwb.analysis.checks.canary.GuardrailSlowCheck;
import dev.mlwb.analysis.checks.canary.SliceGuardCheck;
import dev.mlwb.analysis.checks.canary.TrafficMixCheck;
import dev.mlwb.analysis.checks.data.DriftCheck;
import dev.mlwb.analysis.checks.data.FreshnessCheck;
import dev.mlwb.analysis.checks.data.ImputationCheck;
import dev.mlwb.analysis.checks.data.QualityCheck;
import dev.mlwb.analysis.checks.data.UnseenCategoryCheck;
import dev.mlwb.analysis.checks.deploy.RollbackCompatCheck;
import dev.mlwb.analysis.checks.features.LeakageCheck;
import dev.mlwb.analysis.checks.features.SkewCheck;
import dev.mlwb.analysis.checks.feedback.PopularityLoopCheck;
import dev.mlwb.analysis.checks.model.CalibrationCheck;
import dev.mlwb.analysis.checks.model.OfflineOnlineGapCheck;
import dev.mlwb.analysis.checks.model.SegmentRegressionCheck;
import dev.mlwb.analysis.checks.serving.ColdStartCheck;
import dev.mlwb.analysis.checks.training.NondeterminismCheck;
import dev.mlwb.analysis.checks.training.StalenessCheck;
import java.util.List;

/** Every check the workbench has, in the order of the bundle spec's table. */
public final class CheckCatalog {
    private CheckCatalog() {
    }

    /** A fresh instance of every check. */
    public static List<Check> all() {
        return List.of(
                new TrafficMixCheck(),
                new SliceGuardCheck(),
                new GuardrailFastCheck(),
                new GuardrailSlowCheck(),
                new SegmentRegressionCheck(),
                new CalibrationCheck(),
                new OfflineOnlineGapCheck(),
                new DriftCheck(),
                new UnseenCategoryCheck(),
                new ImputationCheck(),
                new QualityCheck(),
                new FreshnessCheck(),
                new LeakageCheck(),
                new SkewCheck(),
                new RollbackCompatCheck(),
                new ColdStartCheck(),
                new NondeterminismCheck(),
                new StalenessCheck(),
                new PopularityLoopCheck());
    }

    /** The suite of every check. */
    public static CheckSuite standardSuite() {
        return new CheckSuite(all());
    }
}
