package dev.mlwb.analysis.data;

import dev.mlwb.analysis.run.Cancellation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process DuckDB database holding one incident's views. Queries return small lists of
 * {@link Row}s (aggregates); values are bound as parameters. One statement runs at a time; a
 * {@link Cancellation} interrupts it.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Connection connection;
    private final AtomicReference<Statement> running = new AtomicReference<>();
    private final Optional<java.nio.file.Path> spill;

    private Database(Connection connection, Optional<java.nio.file.Path> spill) {
        this.connection = connection;
        this.spill = spill;
    }

    /**
     * Opens a private in-memory database whose memory is bounded ({@link DuckDbSettings}: by default 1 GB, beyond
     * which DuckDB spills to a temporary folder of this process, removed on {@link #close()}).
     */
    public static Database inMemory() throws SQLException {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new SQLException("the DuckDB driver is not on the class path", e);
        }
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        DuckDbSettings settings = DuckDbSettings.fromEnvironment();
        try (Statement s = c.createStatement()) {
            s.execute("SET memory_limit = " + Sql.string(settings.memoryLimit()));
            s.execute("SET temp_directory = " + Sql.string(settings.tempDirectory().toString()));
            if (settings.threads() > 0) {
                s.execute("SET threads = " + settings.threads());
            }
        } catch (SQLException e) {
            c.close();
            throw new SQLException("DuckDB settings rejected (" + settings + "): " + e.getMessage(), e);
        }
        return new Database(c, settings.ownsTempDirectory() ? Optional.of(settings.tempDirectory()) : Optional.empty());
    }

    /** Interrupts the running statement, if any, whenever {@code cancellation} is cancelled. */
    public void cancelWith(Cancellation cancellation) {
        cancellation.onCancel(this::cancel);
    }

    /** Interrupts the running statement, if any. */
    public void cancel() {
        Statement s = running.get();
        if (s != null) {
            try {
                s.cancel();
            } catch (SQLException e) {
                LOG.debug("cancel failed: {}", e.getMessage());
            }
        }
    }

    /** Runs a statement that returns no rows (DDL, SET). */
    public void execute(String sql) throws SQLException {
        LOG.trace("execute: {}", sql);
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            running.set(s);
            s.execute(sql);
        } finally {
            running.set(null);
            LOG.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, sql);
        }
    }

    /** Runs a statement that returns no rows (e.g. {@code CREATE TABLE ... AS SELECT}) with bound parameters. */
    public void execute(String sql, Object... params) throws SQLException {
        if (params.length == 0) {
            execute(sql);
            return;
        }
        LOG.trace("execute: {}", sql);
        long start = System.nanoTime();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, bindable(params[i]));
            }
            running.set(ps);
            ps.execute();
        } finally {
            running.set(null);
            LOG.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, sql);
        }
    }

    /** Runs a query with bound parameters and returns all its rows. */
    public List<Row> query(String sql, Object... params) throws SQLException {
        LOG.trace("query: {}", sql);
        long start = System.nanoTime();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, bindable(params[i]));
            }
            running.set(ps);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                Map<String, Integer> index = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    index.putIfAbsent(md.getColumnLabel(i + 1), i);
                }
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] values = new Object[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = rs.getObject(i + 1);
                    }
                    rows.add(new Row(index, values));
                }
                return rows;
            }
        } finally {
            running.set(null);
            LOG.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, sql);
        }
    }

    /** A parameter as JDBC binds it: a {@code double[]} becomes a DuckDB {@code DOUBLE[]} list. */
    private Object bindable(Object param) throws SQLException {
        if (param instanceof double[] values) {
            Double[] boxed = new Double[values.length];
            for (int i = 0; i < values.length; i++) {
                boxed[i] = values[i];
            }
            return connection.createArrayOf("DOUBLE", boxed);
        }
        return param;
    }

    /** The first row of a query, if any. */
    public Optional<Row> first(String sql, Object... params) throws SQLException {
        List<Row> rows = query(sql, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The first column of the first row as a number (NaN if null or no row). */
    public double scalar(String sql, Object... params) throws SQLException {
        return first(sql, params).map(r -> r.dbl(0)).orElse(Double.NaN);
    }

    /** Column names and DuckDB types of a relation, in order. */
    public Map<String, String> describe(String relation) throws SQLException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Row r : query("DESCRIBE SELECT * FROM " + relation)) {
            out.put(r.str(0), r.str(1));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing DuckDB failed: {}", e.getMessage());
        }
        spill.ifPresent(DuckDbSettings::removeQuietly);
    }
}
