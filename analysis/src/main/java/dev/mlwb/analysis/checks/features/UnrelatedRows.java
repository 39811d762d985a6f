package dev.mlwb.analysis.checks.features;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.checks.data.ComparedPair;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.profile.CategoricalProfile;
import dev.mlwb.analysis.profile.PartProfile;
import dev.mlwb.analysis.profile.Profiles;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a skew join paired rows that do not describe the same request: then most features differ on
 * most joined rows, and their two values are as unrelated as two rows drawn at random (numeric: hardly
 * correlated; categorical: mismatching about as often as independent draws from the two datasets'
 * categories would), while no feature agrees. Real skew looks different: the pipelines disagree on some
 * features, and the rows still match on the others or the values stay strongly correlated.
 *
 * <ul>
 *   <li>a feature <b>looks unrelated</b> when it differs on at least {@value #MOSTLY} of the joined rows and
 *       its values correlate below {@value #UNRELATED_CORRELATION} (numeric) or its mismatch share reaches
 *       {@value #CHANCE} of what independent draws give (categorical, from the profiles' category shares);</li>
 *   <li>a feature <b>agrees</b> when it differs on less than {@value #AGREES} of the rows while unrelated rows
 *       would differ on most (numeric with a defined correlation; categorical with a chance mismatch of at least
 *       {@value #MOSTLY});</li>
 *   <li>the join <b>is unrelated</b> when no feature agrees, at least two features were judged, and at least
 *       two thirds of them look unrelated.</li>
 * </ul>
 */
final class UnrelatedRows {
    static final double MOSTLY = 0.5;
    static final double UNRELATED_CORRELATION = 0.3;
    static final double CHANCE = 0.8;
    static final double AGREES = 0.2;

    private final ComparedPair pair;
    private final List<SkewCheck.Compared> unrelated;
    private final int judged;
    private final boolean anyAgrees;

    private UnrelatedRows(ComparedPair pair, List<SkewCheck.Compared> unrelated, int judged, boolean anyAgrees) {
        this.pair = pair;
        this.unrelated = unrelated;
        this.judged = judged;
        this.anyAgrees = anyAgrees;
    }

    static UnrelatedRows judge(IncidentData data, ComparedPair p, List<SkewCheck.Compared> compared) throws SQLException {
        Optional<PartProfile> ref = Profiles.categorical(data).of(p.reference());
        Optional<PartProfile> cur = Profiles.categorical(data).of(p.current());
        List<SkewCheck.Compared> unrelated = new ArrayList<>();
        int judged = 0;
        boolean agrees = false;
        for (SkewCheck.Compared c : compared) {
            double share = c.evidence().mismatchShare();
            boolean informative;
            boolean looksUnrelated;
            if (c.feature().numeric()) {
                informative = !Double.isNaN(c.correlation());
                looksUnrelated = informative && share >= MOSTLY && c.correlation() < UNRELATED_CORRELATION;
            } else {
                double chance = chanceMismatch(ref, cur, c.feature().name());
                informative = chance >= MOSTLY;
                looksUnrelated = informative && share >= MOSTLY && share >= CHANCE * chance;
            }
            if (!informative) {
                continue;
            }
            judged++;
            if (looksUnrelated) {
                unrelated.add(c);
            } else if (share < AGREES) {
                agrees = true;
            }
        }
        return new UnrelatedRows(p, unrelated, judged, agrees);
    }

    /** {@code 1 − Σ p_ref(k) · p_cur(k)}: how often two rows drawn independently from each dataset differ (NaN if unknown). */
    private static double chanceMismatch(Optional<PartProfile> ref, Optional<PartProfile> cur, String feature) {
        Optional<CategoricalProfile> r = ref.flatMap(x -> x.categorical(feature)).filter(x -> !x.identifierLike());
        Optional<CategoricalProfile> c = cur.flatMap(x -> x.categorical(feature)).filter(x -> !x.identifierLike());
        if (r.isEmpty() || c.isEmpty() || r.get().nonNull() == 0 || c.get().nonNull() == 0) {
            return Double.NaN;
        }
        double same = 0;
        for (Map.Entry<String, Long> e : r.get().counts().entrySet()) {
            same += (double) e.getValue() / r.get().nonNull() * c.get().counts().getOrDefault(e.getKey(), 0L)
                    / c.get().nonNull();
        }
        return 1 - same;
    }

    boolean isUnrelated() {
        return !anyAgrees && judged >= 2 && unrelated.size() * 3 >= judged * 2;
    }

    Finding finding(String check, SkewJoin join, long joinedRows) {
        String ref = pair.reference().name();
        String cur = pair.current().name();
        List<String> listed = unrelated.stream().limit(4).map(c -> c.feature().name() + " (" + Fmt.pct(c.evidence()
                .mismatchShare()) + (Double.isNaN(c.correlation()) ? "" : ", correlation " + Fmt.num(c.correlation(), 2))
                + ")").toList();
        String title = ref + " and " + cur + " rows joined on " + join.keys() + " do not describe the same requests";
        String summary = "Joined on " + join.keys() + ", " + Fmt.count(joinedRows) + " rows of " + ref + " and " + cur
                + (join.sampled() ? " (a sample of 1 entity in " + join.modulus() + ")" : "") + " should hold the same "
                + "feature values; instead " + unrelated.size() + " of the " + judged + " features that can tell differ on "
                + "most rows, with values no more alike than two rows drawn at random: " + Fmt.and(listed)
                + (unrelated.size() > listed.size() ? " and " + (unrelated.size() - listed.size()) + " more" : "")
                + ". No feature agrees. This is what a join of unrelated rows looks like, not what two pipelines "
                + "computing the same feature differently produce, so no feature is reported as skewed.";
        Finding.Builder f = Finding.builder(check, Severity.WARNING, title).summary(summary)
                .remedy("Check the join keys before judging skew: that both datasets log the same entity id (not a user "
                        + "id on one side and a request id on the other), and the same timestamp for a row (the "
                        + "prediction time, in the same time zone and unit). Then run the check again.")
                .subject(Subject.source(ref)).subject(Subject.source(cur))
                .measure("joined_rows", joinedRows)
                .measure("unrelated_features", unrelated.size())
                .measure("features_judged", judged);
        unrelated.forEach(c -> f.evidence(c.evidence()));
        return f.build();
    }
}
