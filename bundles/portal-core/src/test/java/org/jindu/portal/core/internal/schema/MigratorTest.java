package org.jindu.portal.core.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.jindu.portal.core.internal.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versioned migrations never skip silently. */
class MigratorTest {
    static final AtomicInteger N = new AtomicInteger();
    EmbeddedDataSource ds;
    Migrator migrator;

    static final Migration V1 = Migration.of("V001__create.sql", "-- a table\nCREATE TABLE T1 (\n  ID INTEGER NOT NULL\n);\n");
    static final Migration V2 = Migration.of("V002__add.sql", "ALTER TABLE T1 ADD COLUMN NAME VARCHAR(10);\nINSERT INTO T1 (ID, NAME) VALUES (1, 'a');");

    @BeforeEach
    void db() {
        ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:mig" + N.incrementAndGet());
        ds.setCreateDatabase("create");
        migrator = new Migrator(ds);
    }

    @Test
    void appliesInOrderAndOnlyOnce() throws Exception {
        assertThat(migrator.migrate("b", List.of(V2, V1))).isEqualTo(2);
        assertThat(migrator.migrate("b", List.of(V1, V2))).isEqualTo(2);
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM T1")) {
            rs.next();
            assertThat(rs.getInt(1)).as("V002's insert ran once").isEqualTo(1);
        }
        assertThat(migrator.currentVersion("b")).isEqualTo(2);
        assertThat(migrator.currentVersion("other")).isEqualTo(0);
    }

    @Test
    void aChangedAppliedScriptStopsTheMigration() throws Exception {
        migrator.migrate("b", List.of(V1));
        Migration changed = Migration.of("V001__create.sql", "CREATE TABLE T1 (ID BIGINT NOT NULL);");
        assertThatThrownBy(() -> migrator.migrate("b", List.of(changed)))
                .isInstanceOf(MigrationException.class).hasMessageContaining("V001__create.sql changed after it was applied");
    }

    @Test
    void aMissingAppliedScriptStopsTheMigration() throws Exception {
        migrator.migrate("b", List.of(V1, V2));
        assertThatThrownBy(() -> migrator.migrate("b", List.of(V1)))
                .hasMessageContaining("V002__add.sql was applied but is missing");
    }

    @Test
    void aScriptNumberedBelowTheAppliedOnesIsRefused() throws Exception {
        migrator.migrate("b", List.of(V2.version() == 2 ? Migration.of("V002__x.sql", "CREATE TABLE T2 (ID INTEGER);") : V2));
        assertThatThrownBy(() -> migrator.migrate("b", List.of(V1, Migration.of("V002__x.sql", "CREATE TABLE T2 (ID INTEGER);"))))
                .hasMessageContaining("numbered below");
    }

    @Test
    void aFailingStatementRollsBackTheWholeScriptAndNamesIt() throws Exception {
        Migration bad = Migration.of("V001__bad.sql", "CREATE TABLE T3 (ID INTEGER);\nCREATE TABLE T3 (ID INTEGER);");
        assertThatThrownBy(() -> migrator.migrate("b", List.of(bad)))
                .hasMessageContaining("V001__bad.sql failed at statement [CREATE TABLE T3");
        assertThat(migrator.currentVersion("b")).isZero();
        // the first CREATE was rolled back with the script: the fixed script applies cleanly
        Migration fixed = Migration.of("V001__bad.sql", "CREATE TABLE T3 (ID INTEGER);");
        assertThat(migrator.migrate("b", List.of(fixed))).isEqualTo(1);
    }

    @Test
    void ownersAreIndependent() throws Exception {
        migrator.migrate("a", List.of(V1));
        assertThat(migrator.migrate("c", List.of(Migration.of("V001__other.sql", "CREATE TABLE T9 (ID INTEGER);")))).isEqualTo(1);
    }

    @Test
    void theCoreSchemaAppliesOnDerby() throws Exception {
        assertThat(migrator.migrate("org.jindu.portal.core", TestDb.coreMigrations())).isGreaterThanOrEqualTo(1);
    }

    @Test
    void duplicateVersionsAreRefused() {
        assertThatThrownBy(() -> migrator.migrate("b", List.of(V1, Migration.of("V001__dup.sql", "SELECT 1 FROM T1;"))))
                .hasMessageContaining("two migrations with version 1");
    }

    @Test
    void statementSplittingIgnoresCommentsAndKeepsMultiLineStatements() {
        assertThat(V1.statements()).containsExactly("CREATE TABLE T1 (\nID INTEGER NOT NULL\n)");
        assertThat(Migration.of("notes.sql", "x")).isNull();
    }
}
