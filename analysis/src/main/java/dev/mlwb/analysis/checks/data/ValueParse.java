package dev.mlwb.analysis.checks.data;

/** Numbers written as text in event attributes. */
final class ValueParse {
    private ValueParse() {
    }

    /** The number a text holds, or NaN. */
    static double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
