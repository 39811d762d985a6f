package dev.mlwb.app.chart;

/**
 * The Okabe–Ito colour-blind-safe palette, used everywhere: baseline / reference is blue, canary /
 * current is orange, what breaks a rule is vermillion, what is fine is bluish green; severity and
 * verdict colours always come with a word, never alone.
 */
public final class Palette {
    public static final String BLUE = "#0072B2";
    public static final String ORANGE = "#E69F00";
    public static final String SKY = "#56B4E9";
    public static final String GREEN = "#009E73";
    public static final String YELLOW = "#F0E442";
    public static final String VERMILLION = "#D55E00";
    public static final String PURPLE = "#CC79A7";
    public static final String BLACK = "#000000";
    public static final String GREY = "#7F7F7F";

    public static final String BASELINE = BLUE;
    public static final String CANARY = ORANGE;
    public static final String REFERENCE = BLUE;
    public static final String CURRENT = ORANGE;
    public static final String BAD = VERMILLION;
    public static final String GOOD = GREEN;

    private static final String[] SERIES = {BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILLION, BLACK};

    private Palette() {
    }

    /** The colour of the i-th series of a chart. */
    public static String series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** The colour of a severity key ({@code critical}, {@code warning}, {@code info}). */
    public static String severity(String key) {
        return switch (key) {
            case "critical" -> VERMILLION;
            case "warning" -> ORANGE;
            default -> SKY;
        };
    }
}
