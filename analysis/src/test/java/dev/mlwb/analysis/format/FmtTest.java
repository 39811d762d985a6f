package dev.mlwb.analysis.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FmtTest {
    @Test
    void aSmallMeasureKeepsItsSignificantDigitsInsteadOfRoundingToZero() {
        assertThat(Fmt.measure(5.6e-7)).isEqualTo("5.6e-07");
        assertThat(Fmt.measure(-3.14e-5)).isEqualTo("-3.1e-05");
        assertThat(Fmt.measure(0)).isEqualTo("0");
        assertThat(Fmt.measure(0.8346)).isEqualTo("0.8346");
        assertThat(Fmt.measure(0.5)).isEqualTo("0.5");
        assertThat(Fmt.measure(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void anErrorLineIsTheMessagesFirstLineOrWhatToSayWithoutOne() {
        assertThat(Fmt.firstLine(new java.sql.SQLException("  Parser Error: syntax error\nLINE 1: SELECT\n"), "unreadable"))
                .isEqualTo("Parser Error: syntax error");
        assertThat(Fmt.firstLine(new java.io.IOException((String) null), "unreadable")).isEqualTo("unreadable");
    }
}
