package dev.mlwb.analysis.evidence;

/** How one field of a model's schema meets the payload being sent, for colour-coding a schema diff. */
public enum FieldStatus {
    /** Both have it, with the same type. */
    OK,
    /** The model requires it; the payload does not send it: the model fails. */
    MISSING_REQUIRED,
    /** The model can do without it; a default is used. */
    MISSING_OPTIONAL,
    /** Both have it, with different types: a required field fails to parse. */
    TYPE_CHANGED,
    /** The payload sends it, the model does not know it and is strict: the request is rejected. */
    UNKNOWN_REJECTED,
    /** The payload sends it, the model does not know it and ignores it. */
    UNKNOWN_IGNORED;

    /** Whether this field alone makes the model fail on the payload. */
    public boolean breaks(boolean required) {
        return this == MISSING_REQUIRED || this == UNKNOWN_REJECTED || this == TYPE_CHANGED && required;
    }
}
