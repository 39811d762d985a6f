package dev.mlwb.analysis.report;

/** HTML text escaping for the report. */
final class Html {
    private Html() {
    }

    /** Text safe inside elements and double-quoted attributes. */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
