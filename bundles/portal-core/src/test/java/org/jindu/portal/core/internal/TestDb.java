package org.jindu.portal.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.jindu.portal.core.internal.schema.Migration;
import org.jindu.portal.core.internal.schema.Migrator;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database with the core schema migrated, and OpenJPA on it: JPA tests without a container. In-memory Derby
 * by default; with {@code PORTAL_TEST_POSTGRES_URL} (e.g. {@code jdbc:postgresql://localhost/portal_test?user=portal&password=portal})
 * a fresh schema of that PostgreSQL database, so the same tests prove the SQL and mappings portable.
 */
public final class TestDb implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String POSTGRES = System.getenv("PORTAL_TEST_POSTGRES_URL");

    public final DataSource dataSource;
    public final EntityManagerFactory emf;

    public TestDb() throws Exception {
        dataSource = POSTGRES == null || POSTGRES.isBlank() ? derby() : postgres();
        new Migrator(dataSource).migrate("org.jindu.portal.core", coreMigrations());
        emf = Persistence.createEntityManagerFactory("portal.core", Map.of(
                "openjpa.ConnectionFactory", dataSource,
                "javax.persistence.nonJtaDataSource", dataSource));
    }

    private static DataSource derby() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:core" + COUNTER.incrementAndGet());
        ds.setCreateDatabase("create");
        return ds;
    }

    private static DataSource postgres() throws Exception {
        String schema = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
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

    public static boolean onPostgres() {
        return POSTGRES != null && !POSTGRES.isBlank();
    }

    public static List<Migration> coreMigrations() {
        Path dir = Paths.get("src/main/resources/META-INF/portal/migrations");
        List<Migration> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                result.add(Migration.of(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    @Override
    public void close() {
        emf.close();
        if (dataSource instanceof PGSimpleDataSource) {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + ((PGSimpleDataSource) dataSource).getCurrentSchema() + " CASCADE");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
