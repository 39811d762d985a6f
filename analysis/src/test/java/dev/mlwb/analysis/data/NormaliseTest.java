package dev.mlwb.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.bundle.ValueKind;
import org.junit.jupiter.api.Test;

/** The time-zone-free timestamp conversions give exactly what the general ones (ICU) give. */
class NormaliseTest {
    /** Instants from 1843 to 2097, with microseconds, the infinities and NULL. */
    private static final String VALUES = "SELECT CAST(to_timestamp(i * 7919.123457 - 4e9) AS TIMESTAMPTZ) AS c FROM range(200000) t(i) "
            + "UNION ALL SELECT 'infinity'::TIMESTAMPTZ UNION ALL SELECT '-infinity'::TIMESTAMPTZ UNION ALL SELECT NULL";

    @Test
    void instantsInAnyZoneAndNaiveTimestampsInUtc() throws Exception {
        try (Database db = Database.inMemory()) {
            db.execute("SET TimeZone = 'America/New_York'");
            String instant = Normalise.expression(ValueKind.TIMESTAMP, "c", "TIMESTAMP WITH TIME ZONE", false).orElseThrow();
            assertThat(instant).contains("epoch_us");
            assertThat(db.scalar("SELECT count(*) FROM (" + VALUES + ") WHERE (" + instant
                    + ") IS DISTINCT FROM timezone('UTC', c)")).isZero();

            db.execute("SET TimeZone = 'UTC'");
            String naive = "(SELECT CAST(c AS TIMESTAMP) AS c FROM (" + VALUES + "))";
            assertThat(Normalise.expression(ValueKind.TIMESTAMP, "c", "TIMESTAMP", true)).hasValue("\"c\"");
            assertThat(db.scalar("SELECT count(*) FROM " + naive + " WHERE c IS DISTINCT FROM "
                    + "timezone('UTC', CAST(c AS TIMESTAMPTZ))")).isZero();
            // in another zone a naive timestamp still goes through the zone's rules
            assertThat(Normalise.expression(ValueKind.TIMESTAMP, "c", "TIMESTAMP", false).orElseThrow())
                    .contains("TIMESTAMPTZ");
        }
    }
}
