package dev.mlwb.analysis.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The data behind a finding, in the form its view draws. Records only; computed off the UI thread. */
@JsonPropertyOrder({"type"})
public interface Evidence {
    /** A stable kind name written to JSON, e.g. {@code slice-breakdown}. */
    @JsonProperty("type")
    String type();

    /** A title for the view, in the user's words. */
    String title();
}
