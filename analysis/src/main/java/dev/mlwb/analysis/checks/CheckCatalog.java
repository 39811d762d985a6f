package dev.mlwb.analysis.checks;

import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckSuite;
import dev.mlwb.analysis.checks.canary.GuardrailFastCheck;
import dev.mlwb.analysis.checks.canary.SliceGuardCheck;
import dev.mlwb.analysis.checks.canary.TrafficMixCheck;
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
                new GuardrailFastCheck());
    }

    /** The suite of every check. */
    public static CheckSuite standardSuite() {
        return new CheckSuite(all());
    }
}
