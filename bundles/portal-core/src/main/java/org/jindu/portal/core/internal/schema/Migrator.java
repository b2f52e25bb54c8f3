package org.jindu.portal.core.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Applies versioned SQL migrations per owner (a bundle's symbolic name) and records them in
 * {@code PORTAL_SCHEMA_VERSION}. Plain JDBC, no framework, so that it is tested against a real Derby without a
 * container.
 *
 * <p>Why not Liquibase: it would bring about ten more bundles and SPI-Fly wiring into the boot for what is, for us,
 * "run the scripts not yet run, in order, and refuse anything odd". The rules that matter are all here: a script
 * whose checksum changed after it ran, a recorded version whose script is gone, a new script numbered below the
 * applied ones, or a failing statement each stop the migration with a message naming the script; nothing is
 * skipped silently. Each script runs in one transaction (Derby and PostgreSQL both have transactional DDL).
 */
public final class Migrator {
    static final String TABLE = "PORTAL_SCHEMA_VERSION";
    private static final Object TABLE_LOCK = new Object();

    private final DataSource dataSource;

    public Migrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Brings the owner's schema up to date.
     *
     * @return the highest applied version afterwards (0 when there are no scripts)
     */
    public int migrate(String owner, List<Migration> migrations) throws MigrationException {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version() == sorted.get(i - 1).version()) {
                throw new MigrationException(owner + ": two migrations with version " + sorted.get(i).version()
                        + " (" + sorted.get(i - 1).name() + ", " + sorted.get(i).name() + ")");
            }
        }
        try (Connection c = dataSource.getConnection()) {
            ensureTable(c);
            Map<Integer, String[]> applied = applied(c, owner);
            int highest = applied.isEmpty() ? 0 : ((TreeMap<Integer, String[]>) applied).lastKey();
            for (Map.Entry<Integer, String[]> e : applied.entrySet()) {
                Migration m = sorted.stream().filter(s -> s.version() == e.getKey()).findFirst().orElse(null);
                if (m == null) {
                    throw new MigrationException(owner + ": migration " + e.getValue()[0]
                            + " was applied but is missing from the bundle (downgrade?)");
                }
                if (!m.checksum().equals(e.getValue()[1])) {
                    throw new MigrationException(owner + ": migration " + m.name()
                            + " changed after it was applied (checksum differs); add a new migration instead");
                }
            }
            for (Migration m : sorted) {
                if (applied.containsKey(m.version())) {
                    continue;
                }
                if (m.version() < highest) {
                    throw new MigrationException(owner + ": migration " + m.name()
                            + " is numbered below the already applied version " + highest);
                }
                apply(c, owner, m);
                highest = m.version();
            }
            return highest;
        } catch (SQLException e) {
            throw new MigrationException(owner + ": cannot read or write " + TABLE + ": " + e.getMessage(), e);
        }
    }

    /** The highest applied version of an owner, 0 when none. */
    public int currentVersion(String owner) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c)) {
                return 0;
            }
            Map<Integer, String[]> applied = applied(c, owner);
            return applied.isEmpty() ? 0 : ((TreeMap<Integer, String[]>) applied).lastKey();
        }
    }

    /** The highest applied version of every owner, read in one query; empty before the first migration ever. */
    public Map<String, Integer> appliedVersions() throws SQLException {
        Map<String, Integer> result = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c)) {
                return result;
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT OWNER, MAX(VERSION) FROM " + TABLE + " GROUP BY OWNER")) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return result;
    }

    private void apply(Connection c, String owner, Migration m) throws MigrationException, SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        String current = null;
        try (Statement st = c.createStatement()) {
            for (String sql : m.statements()) {
                current = sql;
                st.execute(sql);
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + TABLE
                    + " (OWNER, VERSION, SCRIPT, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) {
                ins.setString(1, owner);
                ins.setInt(2, m.version());
                ins.setString(3, m.name());
                ins.setString(4, m.checksum());
                ins.setTimestamp(5, Timestamp.from(Instant.now()));
                ins.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new MigrationException(owner + ": migration " + m.name() + " failed"
                    + (current == null ? "" : " at statement [" + abbreviate(current) + "]") + ": " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static Map<Integer, String[]> applied(Connection c, String owner) throws SQLException {
        Map<Integer, String[]> result = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT VERSION, SCRIPT, CHECKSUM FROM " + TABLE + " WHERE OWNER = ?")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return result;
    }

    private static void ensureTable(Connection c) throws SQLException {
        synchronized (TABLE_LOCK) {
            if (tableExists(c)) {
                return;
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE " + TABLE + " (OWNER VARCHAR(200) NOT NULL, VERSION INTEGER NOT NULL, "
                        + "SCRIPT VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL, "
                        + "PRIMARY KEY (OWNER, VERSION))");
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
        }
    }

    /**
     * Probes the table in the connection's own schema by querying it: database metadata lookups differ between
     * drivers (case folding, schema patterns, pooled connections that do not report their schema).
     */
    private static boolean tableExists(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT COUNT(*) FROM " + TABLE + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException missing) {
            return false;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 117) + "..." : oneLine;
    }
}
