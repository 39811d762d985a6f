package dev.mlwb.analysis.report;

import dev.mlwb.analysis.evidence.EnvironmentComparison;
import dev.mlwb.analysis.evidence.EnvironmentField;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.FieldDiff;
import dev.mlwb.analysis.evidence.QualityRow;
import dev.mlwb.analysis.evidence.QualityTable;
import dev.mlwb.analysis.evidence.SchemaCompatibility;
import dev.mlwb.analysis.evidence.VersionVerdict;
import dev.mlwb.analysis.format.Fmt;
import java.util.Optional;

/** The evidence kinds that read best as tables: schema diffs, environments side by side, data quality. */
final class EvidenceTables {
    private static final int MAX_ROWS = 30;

    private EvidenceTables() {
    }

    static Optional<String> table(Evidence e) {
        StringBuilder b = new StringBuilder();
        if (e instanceof SchemaCompatibility s) {
            b.append("<table><tr><th>Model</th><th>Role</th><th>Verdict</th><th>Breaking fields</th></tr>");
            for (VersionVerdict v : s.versions()) {
                b.append("<tr").append(v.safe() ? "" : " class=\"bad\"").append("><td>").append(Html.esc(v.version()))
                        .append("</td><td>").append(Html.esc(v.role())).append("</td><td>").append(Html.esc(v.verdict()))
                        .append("</td><td>");
                for (FieldDiff f : v.breaking()) {
                    b.append("<code>").append(Html.esc(f.field())).append("</code> ")
                            .append(Html.esc(f.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')))
                            .append("<br>");
                }
                b.append("</td></tr>");
            }
            b.append("</table>");
        } else if (e instanceof EnvironmentComparison c) {
            b.append("<table><tr><th>Field</th>");
            c.runs().forEach(r -> b.append("<th>").append(Html.esc(r)).append("</th>"));
            b.append("</tr>");
            int n = 0;
            for (EnvironmentField f : c.fields()) {
                if (n++ >= MAX_ROWS) {
                    break;
                }
                b.append("<tr").append(f.differs() ? " class=\"bad\"" : "").append("><td><code>").append(Html.esc(f.field()))
                        .append("</code></td>");
                f.values().forEach(v -> b.append("<td>").append(Html.esc(v)).append("</td>"));
                b.append("</tr>");
            }
            b.append("</table>");
        } else if (e instanceof QualityTable q) {
            b.append("<table><tr><th>Feature</th><th>Nulls ").append(Html.esc(q.reference())).append(" → ")
                    .append(Html.esc(q.current())).append("</th><th>Out of range</th><th>Type</th><th>Verdict</th></tr>");
            int n = 0;
            for (QualityRow r : q.rows()) {
                if (n++ >= MAX_ROWS) {
                    break;
                }
                b.append("<tr").append(r.verdict().equals("ok") ? "" : " class=\"bad\"").append("><td>")
                        .append(Html.esc(r.feature())).append("</td><td>").append(Fmt.pct(r.referenceNullShare()))
                        .append(" → ").append(Fmt.pct(r.currentNullShare())).append("</td><td>")
                        .append(Fmt.pct(r.outOfRangeShare())).append("</td><td>").append(Html.esc(r.referenceType()))
                        .append(r.typeChanged() ? " → " + Html.esc(r.currentType()) : "").append("</td><td>")
                        .append(Html.esc(r.verdict())).append("</td></tr>");
            }
            b.append("</table>");
        }
        return b.length() == 0 ? Optional.empty() : Optional.of(b.toString());
    }
}
