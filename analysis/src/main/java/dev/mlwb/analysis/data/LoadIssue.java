package dev.mlwb.analysis.data;

/**
 * A problem met while loading a bundle. An error means a source could not be used (the others
 * still are); a warning means something was accepted but is worth knowing.
 *
 * @param source the source's name, or the manifest's file name
 * @param message one line naming the file, where in it, and what is wrong
 */
public record LoadIssue(Level level, String source, String message) {
    public enum Level { ERROR, WARNING }

    public boolean isError() {
        return level == Level.ERROR;
    }

    @Override
    public String toString() {
        return level.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
