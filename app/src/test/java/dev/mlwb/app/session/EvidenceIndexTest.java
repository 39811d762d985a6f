package dev.mlwb.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.ReplicaLane;
import dev.mlwb.analysis.evidence.ReplicaLanes;
import dev.mlwb.analysis.evidence.ReplicaVerdict;
import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceIndexTest {
    static final SliceRow ANDROID = new SliceRow("os=android", "android", true, 10, 0, 0.6, 0, 0.03, 0.02, -0.3, 0.001,
            SliceVerdict.NO_CANARY_TRAFFIC);
    static final SliceBreakdown TRAFFIC = new SliceBreakdown("traffic by os", "os", "traffic", "requests", "v41", "v42",
            "canary", Double.NaN, ANDROID, List.of(ANDROID));
    static final ReplicaLanes LANES = new ReplicaLanes("lanes", List.of(new ReplicaLane("r1", Optional.empty(),
            Optional.empty(), Optional.empty(), Double.NaN, Double.NaN, ReplicaVerdict.START_UNKNOWN)), List.of(),
            List.of(), 60, 0);

    static CheckRun ran(String id, Evidence... evidence) {
        return new CheckRun(id, CheckRun.Status.RAN, Optional.empty(), 5, Map.of(), List.of(evidence));
    }

    @Test
    void findsEvidenceByCheckKindAndSubject() {
        Finding mix = Finding.builder("canary.traffic-mix", Severity.CRITICAL, "no android")
                .subject(new Subject("slice", "os=android")).evidence(TRAFFIC).build();
        CheckReport report = new CheckReport("b", "t", "", List.of(ran("canary.traffic-mix", TRAFFIC),
                ran("serving.cold-start", LANES), CheckRun.skipped("data.drift", "nothing to compare")),
                List.of(mix), List.of());
        EvidenceIndex index = new EvidenceIndex(report);
        assertThat(index.forCheck("canary.traffic-mix")).containsExactly(TRAFFIC);
        assertThat(index.forCheck("data.drift")).isEmpty();
        assertThat(index.ofType(ReplicaLanes.class)).containsExactly(LANES);
        assertThat(index.checkOf(LANES)).contains("serving.cold-start");
        assertThat(index.about(new Subject("slice", "os=android"))).containsExactly(TRAFFIC);
        assertThat(index.about(new Subject("slice", "os=ios"))).isEmpty();
        assertThat(index.about(Subject.replica("r1"))).containsExactly(LANES);
        assertThat(index.about(Subject.metric("latency_p99_ms"))).containsExactly(LANES);
        assertThat(index.findingsAbout(new Subject("slice", "os=android"))).containsExactly(mix);
        assertThat(EvidenceIndex.empty().forCheck("x")).isEmpty();
    }

    @Test
    void linksFollowSlicesWhoseValuesHoldCommasEqualsSignsAndNewlines() {
        dev.mlwb.analysis.bundle.SliceKey key = dev.mlwb.analysis.bundle.SliceKey.of("city", "Washington, D.C.\nnorth = 1");
        Subject subject = Subject.slice(key);
        SliceRow row = new SliceRow(key.toString(), key.label(), false, 10, 0, 0.6, 0, 0.03, 0.02, -0.3, 0.001,
                SliceVerdict.NO_CANARY_TRAFFIC);
        SliceBreakdown traffic = new SliceBreakdown("traffic by city", "city", "traffic", "requests", "v41", "v42",
                "canary", Double.NaN, row, List.of(row));
        Finding mix = Finding.builder("canary.traffic-mix", Severity.CRITICAL, "no D.C.").subject(subject)
                .evidence(traffic).build();
        EvidenceIndex index = new EvidenceIndex(new CheckReport("b", "t", "", List.of(ran("canary.traffic-mix", traffic)),
                List.of(mix), List.of()));
        Subject parsed = Subject.parse(subject.toString()).orElseThrow();
        assertThat(index.about(parsed)).containsExactly(traffic);
        assertThat(index.findingsAbout(parsed)).containsExactly(mix);
        assertThat(index.about(Subject.slice(dev.mlwb.analysis.bundle.SliceKey.of("city", "Washington")))).isEmpty();
    }
}
