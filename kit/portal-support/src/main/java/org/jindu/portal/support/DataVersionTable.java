package org.jindu.portal.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.PersistenceException;
import javax.sql.DataSource;

import org.jindu.portal.api.cache.DataVersions;

/**
 * {@link DataVersions} on the table {@code CORE_DATA_VERSION} ({@link #DDL}; the core's migration creates it, the test
 * kit creates it in a module's test database): the counter is updated on the caller's connection, so it commits and rolls back with the
 * change; the row of a new area is inserted first in a statement of its own (committing at once), because two first
 * changes inserting it in their transactions would fail one of them on the key.
 */
public class DataVersionTable implements DataVersions {
    /** The table, as the core's migration V006 creates it. */
    public static final String DDL = "CREATE TABLE CORE_DATA_VERSION (AREA VARCHAR(64) NOT NULL, VERSION BIGINT NOT NULL,"
            + " CONSTRAINT PK_CORE_DATA_VERSION PRIMARY KEY (AREA))";

    private final DataSource dataSource;
    /** Areas whose row exists: spares the insert attempt, nothing else depends on it. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public DataVersionTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void changed(Connection tx, String area) {
        check(area);
        if (!known.contains(area)) {
            createRow(area);
        }
        try (PreparedStatement up = tx.prepareStatement("UPDATE CORE_DATA_VERSION SET VERSION = VERSION + 1 WHERE AREA = ?")) {
            up.setString(1, area);
            if (up.executeUpdate() != 1) {
                throw new PersistenceException("the data version of " + area + " is missing");
            }
        } catch (SQLException e) {
            // the change must not commit with its old version: caches elsewhere would keep answering the old data
            throw new PersistenceException("the data version of " + area + " could not be moved on", e);
        }
    }

    @Override
    public long stamp(Collection<String> areas) {
        List<String> list = List.copyOf(areas);
        if (list.isEmpty()) {
            return 0;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(list.size(), "?"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT SUM(VERSION) FROM CORE_DATA_VERSION WHERE AREA IN (" + marks + ")")) {
            for (int i = 0; i < list.size(); i++) {
                q.setString(i + 1, check(list.get(i)));
            }
            try (ResultSet rs = q.executeQuery()) {
                // counters only grow, so their sum changes whenever one of them does
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new PersistenceException("the data versions could not be read", e);
        }
    }

    private void createRow(String area) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ins = c.prepareStatement("INSERT INTO CORE_DATA_VERSION (AREA, VERSION) VALUES (?, 0)")) {
            c.setAutoCommit(true);
            ins.setString(1, area);
            ins.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw new PersistenceException("the data version of " + area + " could not be created", e);
            }
            // created meanwhile by another thread or node
        }
        known.add(area);
    }

    private static String check(String area) {
        if (area == null || area.isBlank() || area.length() > 64) {
            throw new IllegalArgumentException("a data area is named by 1 to 64 characters: " + area);
        }
        return area;
    }
}
