package dev.mlwb.app.main;

import dev.mlwb.analysis.data.LoadIssue;

/** A line of the load-issues panel: an error or a warning, with the message naming file, place and problem. */
public record IssueItem(boolean error, String message) {
    public static IssueItem of(LoadIssue issue) {
        return new IssueItem(issue.isError(), issue.message());
    }

    @Override
    public String toString() {
        return (error ? "Error: " : "Warning: ") + message;
    }
}
