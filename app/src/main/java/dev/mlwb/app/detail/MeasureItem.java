package dev.mlwb.app.detail;

/** One measure as shown: its name and its value formatted for reading. */
public record MeasureItem(String name, String value) {
}
