package dev.mlwb.analysis.timeline;

/**
 * Reads the {@code status} attribute of {@code job} and {@code ingestion} events as an outcome:
 * success ({@code success}, {@code succeeded}, {@code ok}, {@code completed}, ...), failure
 * ({@code failure}, {@code failed}, {@code error}, {@code timeout}, ...), or neither ({@code running},
 * {@code started}), which the history checks leave out.
 */
public final class EventStatus {
    /** Status words that mean success, lower case. */
    public static final String SUCCESS = "'success', 'succeeded', 'successful', 'ok', 'completed', 'complete', 'done', "
            + "'passed', 'finished'";
    /** Status words that mean failure, lower case. */
    public static final String FAILURE = "'failure', 'failed', 'fail', 'error', 'errored', 'crashed', 'timeout', "
            + "'timed_out', 'aborted', 'killed', 'cancelled', 'canceled'";

    private EventStatus() {
    }

    /** SQL: 1 for a success, 0 for a failure, NULL otherwise. */
    public static String outcome() {
        String s = "lower(trim(" + EventInventory.attribute("status") + "))";
        return "CASE WHEN " + s + " IN (" + SUCCESS + ") THEN 1 WHEN " + s + " IN (" + FAILURE + ") THEN 0 END";
    }

    /** SQL: the error text of an event, from its {@code error} attribute or else its message. */
    public static String errorText() {
        return "coalesce(" + EventInventory.attribute("error") + ", __message)";
    }
}
