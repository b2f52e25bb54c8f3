package org.jindu.portal.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jindu.portal.api.cache.DataVersions;
import org.jindu.portal.support.DataVersionTable;

/** The platform's {@link DataVersions} in a module's test database: the same table and statements as in the portal. */
public final class TestVersions {
    private TestVersions() {
    }

    /** Creates the versions table in the database and returns the versions kept in it. */
    public static DataVersions on(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(DataVersionTable.DDL);
        } catch (SQLException e) {
            throw new IllegalStateException("the data versions table could not be created", e);
        }
        return new DataVersionTable(ds);
    }
}
