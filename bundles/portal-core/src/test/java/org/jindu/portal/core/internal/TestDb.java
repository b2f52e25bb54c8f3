package org.jindu.portal.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import javax.sql.DataSource;

import org.jindu.portal.core.internal.schema.Migration;
import org.jindu.portal.core.internal.schema.Migrator;
import org.jindu.portal.testkit.TestDatabase;

/**
 * A fresh database with the core schema migrated, and OpenJPA on it: JPA tests without a container. In-memory Derby
 * by default; with {@code PORTAL_TEST_POSTGRES_URL} (e.g. {@code jdbc:postgresql://localhost/portal_test?user=portal&password=portal})
 * a fresh schema of that PostgreSQL database, so the same tests prove the SQL and mappings portable.
 */
public final class TestDb implements AutoCloseable {

    public final DataSource dataSource;
    public final EntityManagerFactory emf;

    public TestDb() throws Exception {
        dataSource = TestDatabase.empty("core");
        new Migrator(dataSource).migrate("org.jindu.portal.core", coreMigrations());
        emf = Persistence.createEntityManagerFactory("portal.core", Map.of(
                "openjpa.ConnectionFactory", dataSource,
                "javax.persistence.nonJtaDataSource", dataSource));
    }

    public static boolean onPostgres() {
        return TestDatabase.onPostgres();
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
        TestDatabase.drop(dataSource);
    }
}
