package dev.mlwb.samples;

import java.io.IOException;
import java.nio.file.Path;

/** A sample incident bundle that can write its files into a folder. */
public interface Sample {
    /** The bundle's folder name under {@code sample-incidents/}. */
    String name();

    /** Writes the manifest and every data file (not the hand-written README) into {@code dir}. */
    void write(Path dir) throws IOException;
}
