package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.CategoryCount;
import dev.mlwb.analysis.evidence.UnseenCategories;
import dev.mlwb.analysis.format.Fmt;
import java.util.List;

/** Words for an unseen-category finding. */
final class UnseenFinding {
    private static final int LISTED = 5;

    private UnseenFinding() {
    }

    /**
     * @param declared the manifest lists the feature under {@code categorical}: the model encodes it as a category
     */
    static Finding build(String check, Severity severity, Subject subject, UnseenCategories u, double warningShare,
                         boolean declared) {
        boolean vocab = u.knownFrom().startsWith("vocabulary");
        String who = vocab ? "the encoder's vocabulary" : u.knownFrom();
        Finding.Builder f = Finding.builder(check, severity, title(u, vocab, declared))
                .subject(subject)
                .measure("unseen_share", u.unseenShare())
                .measure("unseen_values", u.distinctUnseen())
                .measure("distinct_reference", u.distinctKnown())
                .evidence(u);
        if (u.identifierLike()) {
            String consequence = declared
                    ? " The manifest declares it a categorical feature, though: whatever it looks like, the model's "
                    + "encoder cannot use values it never saw, so these rows reach the model as unknown categories."
                    : " New values are expected and are not, by themselves, an encoder fault.";
            return f.summary("In " + u.dataset() + " (" + Fmt.count(u.rows()) + " rows), " + u.feature() + " holds "
                            + Fmt.count(u.distinctCurrent()) + " distinct values, " + Fmt.count(u.distinctUnseen())
                            + " of them unknown to " + who + " (" + Fmt.pct(u.unseenShare()) + " of rows). Most of "
                            + "its values are distinct, so it looks like an identifier rather than a category." + consequence)
                    .remedy("If " + u.feature() + " is an identifier, map it as the source's entity or leave it out "
                            + "of features; if the model really uses it as a category, it cannot generalise to new "
                            + "values, so replace it with an aggregate (counts, rates) per value.")
                    .build();
        }
        List<CategoryCount> unseen = u.values().stream().filter(CategoryCount::unseen).toList();
        List<String> listed = unseen.stream().limit(LISTED)
                .map(c -> c.value() + " (" + Fmt.pct(c.share()) + ")").toList();
        String more = u.distinctUnseen() > listed.size() ? " and " + (u.distinctUnseen() - listed.size()) + " more" : "";
        return f.summary("In " + u.dataset() + " (" + Fmt.count(u.rows()) + " rows), " + Fmt.pct(u.unseenShare())
                        + " of rows hold a " + u.feature() + " value that " + who + (vocab ? " (" + u.knownFrom()
                        .substring("vocabulary ".length()) + ")" : "") + " does not " + (vocab ? "list" : "contain")
                        + ": " + String.join(", ", listed) + more + ". " + who.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                        + who.substring(1) + " knows " + Fmt.count(u.distinctKnown()) + " categories. An encoder "
                        + "that maps unknown values to null or a default turns these rows into inputs the model never "
                        + "saw, and imputation downstream can hide it (see data.imputation).")
                .remedy("Add the new values of " + u.feature() + " (" + Fmt.and(unseen.stream().limit(LISTED)
                        .map(CategoryCount::value).toList()) + (more.isEmpty() ? "" : ", ...") + ") to the encoder's "
                        + "mapping and retrain so the model learns them; until then route rows with unknown categories to a fallback, and block "
                        + "scoring when the unknown share of a batch exceeds " + Fmt.pct(warningShare) + ".")
                .build();
    }

    private static String title(UnseenCategories u, boolean vocab, boolean declared) {
        if (u.identifierLike()) {
            return u.feature() + (declared ? ", a categorical feature that looks like an identifier: "
                    : " looks like an identifier: ") + Fmt.pct(u.unseenShare()) + " of " + u.dataset()
                    + " rows hold values unseen before";
        }
        String n = u.distinctUnseen() == 1 ? "1 category" : u.distinctUnseen() + " categories";
        return u.feature() + " has " + n + (vocab ? " the encoder does not know" : " unseen in " + u.knownFrom()) + " ("
                + Fmt.pct(u.unseenShare()) + " of " + u.dataset() + " rows)";
    }
}
