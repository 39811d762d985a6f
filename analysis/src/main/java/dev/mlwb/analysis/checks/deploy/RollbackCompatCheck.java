package dev.mlwb.analysis.checks.deploy;

import dev.mlwb.analysis.bundle.Role;
import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.documents.BundleDocuments;
import dev.mlwb.analysis.data.documents.ModelSchema;
import dev.mlwb.analysis.data.documents.PayloadSchema;
import dev.mlwb.analysis.data.documents.SchemaDocument;
import dev.mlwb.analysis.evidence.FieldDiff;
import dev.mlwb.analysis.evidence.FieldStatus;
import dev.mlwb.analysis.evidence.SchemaCompatibility;
import dev.mlwb.analysis.evidence.VersionVerdict;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.IncidentClock;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code deploy.rollback-compat}: every model version a rollback could return to, checked against
 * the payload schema being sent at the incident: required fields the payload lacks, fields whose
 * type changed, and fields a strict model does not know. Critical when the version just before the
 * one in service is unsafe, or when the log shows a rollback to an unsafe version; older unsafe
 * versions alone are a warning.
 */
public final class RollbackCompatCheck implements Check {
    public static final String ID = "deploy.rollback-compat";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Rolling back to an earlier model would break on today's payload schema";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.SCHEMAS, Role.EVENTS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(new ThresholdSpec("error_window_minutes", 60,
                "errors logged this long after a rollback event (or until the next deployment event) are counted"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        if (data.documents(Role.SCHEMAS).isEmpty()) {
            return Optional.of("no schemas source");
        }
        try {
            SchemaDocument s = BundleDocuments.schemas(data);
            if (s.payloads().isEmpty()) {
                return Optional.of("the schemas source lists no payloads");
            }
            if (s.models().size() < 2) {
                return Optional.of("the schemas source lists " + s.models().size()
                        + " model version(s); a rollback needs an earlier one");
            }
        } catch (BundleException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException, BundleException {
        SchemaDocument schemas = BundleDocuments.schemas(ctx.data());
        Instant now = IncidentClock.of(ctx.data()).now().orElse(Instant.now());
        PayloadSchema payload = schemas.payloadAt(now).orElseThrow();
        ModelSchema current = schemas.modelAt(now).orElseThrow();
        List<VersionVerdict> verdicts = new ArrayList<>();
        verdicts.add(SchemaDiff.compare(current, payload, "current"));
        for (ModelSchema m : schemas.earlierThan(current)) {
            verdicts.add(SchemaDiff.compare(m, payload, "rollback"));
        }
        SchemaCompatibility evidence = new SchemaCompatibility("Payload " + payload.version() + " against "
                + verdicts.size() + " model versions", payload.version(), payload.usedSince(), current.version(), verdicts);
        CheckResult.Builder result = CheckResult.builder().evidence(evidence);
        for (VersionVerdict v : verdicts) {
            result.measures(Subject.model(v.version()), "missing_required", count(v, FieldStatus.MISSING_REQUIRED),
                    "type_changes", count(v, FieldStatus.TYPE_CHANGED),
                    "rejected_unknown_fields", count(v, FieldStatus.UNKNOWN_REJECTED), "safe", v.safe() ? 1 : 0);
        }
        List<VersionVerdict> unsafe = verdicts.stream().filter(v -> v.role().equals("rollback") && !v.safe()).toList();
        if (!unsafe.isEmpty()) {
            Duration horizon = Duration.ofSeconds(Math.round(ctx.threshold("error_window_minutes") * 60));
            List<RollbackAttempt> attempts = RollbackAttempt.find(ctx.data(), horizon);
            result.finding(finding(evidence, payload, verdicts.get(1), unsafe, attempts, now));
        }
        return result.build();
    }

    private static long count(VersionVerdict v, FieldStatus status) {
        return v.fields().stream().filter(f -> f.status() == status && f.breaks()).count();
    }

    private static Finding finding(SchemaCompatibility evidence, PayloadSchema payload, VersionVerdict previous,
                                   List<VersionVerdict> unsafe, List<RollbackAttempt> attempts, Instant now) {
        VersionVerdict first = unsafe.get(0);
        List<RollbackAttempt> tried = attempts.stream()
                .filter(a -> a.to().isPresent() && unsafe.stream().anyMatch(v -> v.version().equals(a.to().get())))
                .toList();
        boolean critical = first == previous || !tried.isEmpty();
        String title = "Rolling back to " + first.version() + (unsafe.size() > 1 ? " (and " + (unsafe.size() - 1)
                + " older version" + (unsafe.size() > 2 ? "s" : "") + ")" : "") + " would break on payload "
                + payload.version() + ": " + reason(first);
        StringBuilder s = new StringBuilder("The serving payload ").append(payload.version())
                .append(payload.usedSince().map(t -> " (sent since " + Fmt.time(t) + " UTC)").orElse(""))
                .append(" cannot be read by ").append(unsafe.size() == 1 ? "the earlier model version " : unsafe.size()
                        + " earlier model versions: ").append(Fmt.and(unsafe.stream().map(VersionVerdict::verdict).toList()))
                .append(". ");
        for (RollbackAttempt a : tried) {
            s.append("The log shows a rollback to ").append(a.to().orElseThrow()).append(" at ").append(Fmt.time(a.at()))
                    .append(" UTC, followed by ").append(Fmt.count(a.errors())).append(" error events")
                    .append(a.lastError().map(t -> " over " + Fmt.duration(Duration.between(a.at(), t))).orElse(""))
                    .append(a.commonError().map(m -> ", most often \"" + m + "\"").orElse("")).append(". ");
        }
        if (!critical) {
            s.append("The version just before the one in service (").append(previous.version())
                    .append(") is safe, so an immediate rollback works; older versions are not. ");
        }
        Finding.Builder f = Finding.builder(RollbackCompatCheck.ID, critical ? Severity.CRITICAL : Severity.WARNING, title)
                .summary(s.toString().trim())
                .remedy("Keep rollback targets able to read the live payload: serve both schemas during the rollout "
                        + "(dual read paths, or send " + first.version() + "'s fields alongside the new ones), make "
                        + "the new field optional with a default for old models, or relax strict parsing; then "
                        + "rehearse the rollback in staging against payload " + payload.version() + ".")
                .evidence(evidence);
        unsafe.forEach(v -> f.subject(Subject.model(v.version())));
        first.breaking().forEach(d -> f.subject(Subject.feature(d.field())));
        f.measure("unsafe_versions", unsafe.size())
                .measure("missing_required", count(first, FieldStatus.MISSING_REQUIRED))
                .measure("type_changes", count(first, FieldStatus.TYPE_CHANGED))
                .measure("rejected_unknown_fields", count(first, FieldStatus.UNKNOWN_REJECTED));
        if (!tried.isEmpty()) {
            f.measure("errors_after_rollback", tried.stream().mapToLong(RollbackAttempt::errors).sum());
            tried.forEach(a -> f.window(a.window()));
        } else {
            payload.usedSince().filter(t -> t.isBefore(now)).ifPresent(t -> f.window(new TimeRange(t, now)));
        }
        return f.build();
    }

    /** The first two breaking fields, in words: a strict rejection first, as it fails every request. */
    private static String reason(VersionVerdict v) {
        List<FieldDiff> breaking = new ArrayList<>(v.breaking());
        breaking.sort(java.util.Comparator.comparing((FieldDiff d) -> d.status() != FieldStatus.UNKNOWN_REJECTED));
        List<String> words = new ArrayList<>();
        for (FieldDiff d : breaking.subList(0, Math.min(2, breaking.size()))) {
            words.add(switch (d.status()) {
                case MISSING_REQUIRED -> "it requires `" + d.field() + "`, which the payload no longer sends";
                case TYPE_CHANGED -> "`" + d.field() + "` changed type " + d.modelType().orElse("?") + " → "
                        + d.payloadType().orElse("?");
                case UNKNOWN_REJECTED -> "it is strict and rejects the new field `" + d.field() + "`";
                default -> d.status().name();
            });
        }
        return String.join("; ", words) + (breaking.size() > 2 ? " (and " + (breaking.size() - 2) + " more)" : "");
    }
}
