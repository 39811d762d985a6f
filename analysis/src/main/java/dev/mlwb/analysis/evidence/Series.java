package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.Arrays;

/** One line of a time series chart: times (epoch milliseconds) and values of equal length. */
public record Series(String label, long[] epochMillis, double[] values) {
    public Series {
        if (epochMillis.length != values.length) {
            throw new IllegalArgumentException("series " + label + ": " + epochMillis.length + " times but "
                    + values.length + " values");
        }
        epochMillis = epochMillis.clone();
        values = values.clone();
    }

    @Override
    public long[] epochMillis() {
        return epochMillis.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }

    public Instant time(int i) {
        return Instant.ofEpochMilli(epochMillis[i]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && s.label.equals(label) && Arrays.equals(s.epochMillis, epochMillis)
                && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return label.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Series[" + label + ", " + values.length + " points]";
    }
}
