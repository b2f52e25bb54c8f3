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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.jindu.portal.core.internal.schema.Migration;
import org.jindu.portal.core.internal.schema.Migrator;

/** A fresh in-memory Derby database with the core schema migrated, and OpenJPA on it: JPA tests without a container. */
public final class TestDb implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final EmbeddedDataSource dataSource;
    public final EntityManagerFactory emf;

    public TestDb() throws Exception {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:core" + COUNTER.incrementAndGet());
        dataSource.setCreateDatabase("create");
        new Migrator(dataSource).migrate("org.jindu.portal.core", coreMigrations());
        emf = Persistence.createEntityManagerFactory("portal.core", Map.of(
                "openjpa.ConnectionFactory", dataSource,
                "javax.persistence.nonJtaDataSource", dataSource));
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
    }
}
