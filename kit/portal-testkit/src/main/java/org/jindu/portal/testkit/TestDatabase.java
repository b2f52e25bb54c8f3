package org.jindu.portal.testkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database per call: in-memory Derby, or a new schema on the PostgreSQL server named by
 * {@code PORTAL_TEST_POSTGRES_URL} (dropped again by {@link #drop}).
 */
public final class TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String POSTGRES = System.getenv("PORTAL_TEST_POSTGRES_URL");

    private TestDatabase() {
    }

    /**
     * A fresh database with the module's migration scripts run: those in {@code src/main/resources/META-INF/portal/migrations}
     * of the working directory, or in the folder named by the system property {@code portal.migrations} (for runs that
     * do not start in the module's folder, such as the benchmarks).
     */
    public static DataSource create(String name) throws Exception {
        DataSource ds = empty(name);
        migrate(ds, Paths.get(System.getProperty("portal.migrations", "src/main/resources/META-INF/portal/migrations")));
        return ds;
    }

    /** A fresh database without any table (for tests that migrate it themselves, such as the migrator's). */
    public static DataSource empty(String name) throws SQLException {
        return onPostgres() ? postgres(name) : derby(name);
    }

    /** Whether the tests run on PostgreSQL. */
    public static boolean onPostgres() {
        return POSTGRES != null && !POSTGRES.isBlank();
    }

    /** Drops the PostgreSQL schema of a database made by {@link #create}; nothing to do for in-memory Derby. */
    public static void drop(DataSource ds) {
        if (ds instanceof PGSimpleDataSource pg) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + pg.getCurrentSchema() + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static DataSource derby(String name) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + name + COUNTER.incrementAndGet());
        ds.setCreateDatabase("create");
        return ds;
    }

    private static DataSource postgres(String name) throws SQLException {
        String schema = name.replaceAll("[^a-z]", "") + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(POSTGRES);
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            st.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(POSTGRES);
        ds.setCurrentSchema(schema);
        return ds;
    }

    /** Runs the scripts in name order (the platform's migrator does the same, plus bookkeeping). */
    static void migrate(DataSource ds, Path dir) throws Exception {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(dir)) {
            scripts = s.sorted().toList();
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (Path p : scripts) {
                String sql = Files.readString(p, StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
                for (String statement : sql.split(";")) {
                    if (!statement.isBlank()) {
                        st.execute(statement);
                    }
                }
            }
        }
    }
}
