package dev.mlwb.app.evidence.drift;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.DriftOverTime;
import dev.mlwb.analysis.evidence.HistogramPair;
import dev.mlwb.analysis.format.Fmt;
import java.util.Optional;
import java.util.Set;

/** One compared feature (or the model score) as the drift table shows it. */
public record DriftItem(HistogramPair pair, Optional<DriftOverTime> overTime) {
    /** {@code Model score} or the feature's name. */
    public String name() {
        return pair.subject().equals("score") ? "Model score" : pair.subject();
    }

    /** The subject a link opens: {@code metric:score} or {@code feature:NAME}. */
    public Subject subject() {
        return pair.subject().equals("score") ? Subject.metric("score") : Subject.feature(pair.subject());
    }

    public String comparison() {
        return pair.reference() + " → " + pair.current();
    }

    public String psi() {
        return Fmt.num(pair.psi(), 3);
    }

    /** KS for numeric features, JS distance for categorical ones. */
    public String distance() {
        return pair.kind().equals("numeric") ? "KS " + Fmt.num(pair.ksStatistic(), 3)
                : "JS " + Fmt.num(pair.jsDistance(), 3);
    }

    public double distanceValue() {
        return pair.kind().equals("numeric") ? pair.ksStatistic() : pair.jsDistance();
    }

    /** The test's p-value (KS or chi-square), reported, not gated on. */
    public String pValue() {
        double p = pair.kind().equals("numeric") ? pair.ksPValue() : pair.chi2PValue();
        return Double.isNaN(p) ? "n/a" : Fmt.p(p).replace("p = ", "").replace("p < ", "< ");
    }

    public double pValueRaw() {
        return pair.kind().equals("numeric") ? pair.ksPValue() : pair.chi2PValue();
    }

    /** The worst window's PSI, if drift was computed over time. */
    public double maxWindowPsi() {
        return overTime.flatMap(d -> d.windows().stream().filter(w -> w.judged()).map(w -> w.psi())
                .max(Double::compare)).orElse(Double.NaN);
    }

    public String verdict() {
        return pair.identifierLike() ? "identifier-like, not compared" : pair.verdict();
    }

    public Set<String> states() {
        return switch (pair.verdict()) {
            case "critical" -> Set.of("bad");
            case "warning" -> Set.of("warn");
            case "not-compared" -> Set.of("doubtful");
            default -> Set.of();
        };
    }

    public String searchText() {
        return name() + " " + pair.kind() + " " + comparison() + " " + verdict();
    }
}
