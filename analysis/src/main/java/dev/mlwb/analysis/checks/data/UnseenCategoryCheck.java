package dev.mlwb.analysis.checks.data;

import java.util.EnumSet;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.data.documents.Vocabularies;
import dev.mlwb.analysis.evidence.UnseenCategories;
import dev.mlwb.analysis.profile.CategoricalProfile;
import dev.mlwb.analysis.profile.Profiles;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code data.unseen-category}: categories of a current dataset that the encoder's vocabulary (the
 * {@code vocabularies} source) or, without one, the reference dataset does not know. Columns whose
 * values are mostly distinct are recognised as identifiers and reported as such, not as a fault.
 */
public final class UnseenCategoryCheck implements Check {
    public static final String ID = "data.unseen-category";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Categories absent from the encoder's vocabulary or from the reference";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.FEATURES, Role.VOCABULARIES);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("warning_share", 0.005, "share of rows with an unseen category that is a warning"),
                new ThresholdSpec("critical_share", 0.05, "share of rows with an unseen category that is critical"));
    }

    /** It reads only the categorical columns: the features datasets' rows weighted by their share of categorical features. */
    @Override
    public long cost(IncidentData data) {
        return data.tables(Role.FEATURES).stream().mapToLong(t -> t.rows()
                * t.features().stream().filter(f -> !f.numeric()).count() / Math.max(1, t.features().size())).sum();
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        if (ComparedPair.of(data).isEmpty() && (data.documents(Role.VOCABULARIES).isEmpty()
                || data.tables(Role.FEATURES).isEmpty())) {
            return Optional.of("no categories to check: neither a comparison of two features datasets nor a "
                    + "vocabularies source with a features dataset");
        }
        return Optional.empty();
    }

    /** One categorical feature of one dataset, with where its known categories come from. */
    record Target(Table dataset, FeatureColumn feature, Optional<Table> reference) {
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException, BundleException {
        Vocabularies vocab = Vocabularies.of(ctx.data());
        Profiles profiles = Profiles.categorical(ctx.data());
        CheckResult.Builder result = CheckResult.builder();
        String firstDataset = null;
        for (Target t : targets(ctx.data(), vocab)) {
            ctx.cancellation().throwIfCancelled();
            UnseenCategories u = count(ctx, profiles, vocab, t);
            result.evidence(u);
            if (firstDataset == null) {
                firstDataset = t.dataset().name();
            }
            String prefix = t.dataset().name().equals(firstDataset) ? "" : t.dataset().name() + "_";
            Subject subject = Subject.feature(t.feature().name());
            result.measures(subject, prefix + "unseen_share", u.unseenShare(), prefix + "unseen_values",
                    u.distinctUnseen(), prefix + "distinct_reference", u.distinctKnown());
            boolean declared = t.dataset().sources().stream().anyMatch(src -> src.categorical().contains(t.feature().name()));
            severity(ctx, u, declared).ifPresent(s -> result.finding(UnseenFinding.build(ID, s, subject, u,
                    ctx.threshold("warning_share"), declared)));
        }
        return result.build();
    }

    /**
     * The evidence from the profiles' category counts, or from the rows for a column of identifiers (whose
     * categories the profiles do not count) and for a numeric column a vocabulary lists.
     */
    private static UnseenCategories count(CheckContext ctx, Profiles profiles, Vocabularies vocab, Target t)
            throws SQLException {
        String name = t.feature().name();
        Optional<Set<String>> listed = vocab.categories(name);
        String from = listed.isPresent() ? "vocabulary " + vocab.file(name).orElse("") : t.reference().orElseThrow().name();
        Optional<CategoricalProfile> current = profiles.of(t.dataset()).flatMap(p -> p.categorical(name))
                .filter(c -> !c.identifierLike() || listed.isPresent() && c.counts().size() == c.distinct());
        Optional<CategoricalProfile> reference = t.reference().flatMap(profiles::of).flatMap(p -> p.categorical(name))
                .filter(c -> !c.identifierLike());
        if (current.isPresent() && listed.isPresent()) {
            return UnseenQueries.fromProfiles(t.dataset(), t.feature(), current.get(), listed.get(), listed.get().size(),
                    from);
        }
        if (current.isPresent() && reference.isPresent()) {
            return UnseenQueries.fromProfiles(t.dataset(), t.feature(), current.get(), reference.get().counts().keySet(),
                    reference.get().counts().size(), from);
        }
        return listed.isPresent() ? UnseenQueries.againstVocabulary(ctx.db(), t.dataset(), t.feature(), listed.get(), from)
                : UnseenQueries.againstReference(ctx.db(), t.dataset(), t.feature(), t.reference().orElseThrow());
    }

    /**
     * An identifier-like column is expected to hold new values (info), unless the manifest declares it a
     * categorical feature: the model's encoder cannot use values it never saw, identifier or not.
     */
    private static Optional<Severity> severity(CheckContext ctx, UnseenCategories u, boolean declared) {
        if (u.unseenShare() <= ctx.threshold("warning_share")) {
            return Optional.empty();
        }
        Severity bySize = u.unseenShare() > ctx.threshold("critical_share") ? Severity.CRITICAL : Severity.WARNING;
        if (u.identifierLike()) {
            return Optional.of(declared ? Severity.WARNING : Severity.INFO);
        }
        return Optional.of(bySize);
    }

    /**
     * The current dataset of every comparison, once each; its categorical features, and its numeric
     * features that a vocabulary lists. Without comparisons, every features dataset against the vocabulary.
     */
    static List<Target> targets(IncidentData data, Vocabularies vocab) {
        List<Target> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ComparedPair p : ComparedPair.of(data)) {
            for (FeatureColumn f : p.current().features()) {
                boolean listed = vocab.categories(f.name()).isPresent();
                boolean inReference = p.reference().feature(f.name()).filter(r -> r.kind() == f.kind()).isPresent();
                if ((listed || (!f.numeric() && inReference)) && seen.add(p.current().name() + "\u0000" + f.name())) {
                    out.add(new Target(p.current(), f, Optional.of(p.reference())));
                }
            }
        }
        if (ComparedPair.of(data).isEmpty()) {
            for (Table t : data.tables(Role.FEATURES)) {
                t.features().stream().filter(f -> vocab.categories(f.name()).isPresent())
                        .forEach(f -> out.add(new Target(t, f, Optional.empty())));
            }
        }
        return out;
    }

    /** The text of a column for comparison with category names. */
    static String text(FeatureColumn f) {
        return "CAST(" + Sql.ident(f.name()) + " AS VARCHAR)";
    }
}
