package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The distribution on PostgreSQL 15 by configuration only: the PostgreSQL driver feature in the boot and the
 * DataSource file pointed at the server. Included (by the Maven profile {@code postgres}) when
 * {@code PORTAL_TEST_POSTGRES_URL} names a database; {@code .ci/run} sets it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresIT extends PortalTestSupport {
    private static final String URL = System.getenv("PORTAL_TEST_POSTGRES_URL");
    private static final String SCHEMA = "portal_itest";
    /** Pax Exam may call the configuration more than once: the schema is reset only before the first. */
    private static final java.util.concurrent.atomic.AtomicBoolean PREPARED = new java.util.concurrent.atomic.AtomicBoolean();

    @Inject
    @Filter("(osgi.jndi.service.name=portal)")
    private DataSource dataSource;

    @Override
    @Configuration
    public Option[] config() {
        if (URL == null || URL.isBlank()) {
            throw new IllegalStateException("PostgresIT needs PORTAL_TEST_POSTGRES_URL (the failsafe profile 'postgres' sets it)");
        }
        if (PREPARED.compareAndSet(false, true)) {
            PGSimpleDataSource admin = new PGSimpleDataSource();
            admin.setURL(URL);
            try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                st.execute("CREATE SCHEMA " + SCHEMA);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot prepare the PostgreSQL schema", e);
            }
        }
        String[] userInfo = URL.substring(URL.indexOf('?') + 1).split("&");
        String base = URL.substring(0, URL.indexOf('?'));
        List<Option> options = PortalOptions.distribution("postgres");
        options.add(editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot",
                "(package, scr, log, ssh, system, feature, shell, service, jaas, deployer, diagnostic, bundle, config, kar, framework),"
                        + " (eventadmin), (http-whiteboard), portal-db-postgresql, portal-platform"));
        options.add(editConfigurationFilePut("etc/org.ops4j.datasource-portal.cfg", "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"));
        options.add(editConfigurationFilePut("etc/org.ops4j.datasource-portal.cfg", "url", base + "?currentSchema=" + SCHEMA));
        for (String kv : userInfo) {
            String[] p = kv.split("=", 2);
            options.add(editConfigurationFilePut("etc/org.ops4j.datasource-portal.cfg", p[0], p[1]));
        }
        return options.toArray(new Option[0]);
    }

    @Test
    public void thePortalRunsOnPostgresql() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
        }
        assertEquals(200, http.get("/api/v1/health", null).status());
        long town = nodeId("HG-GW");
        Http.Response created = http.postJson("/api/v1/org/nodes", "admin", "{\"parentId\":" + town
                + ",\"code\":\"HG-GW-PG\",\"name\":\"PostgreSQL 测试村\",\"level\":\"VILLAGE\",\"sortOrder\":70}");
        assertEquals(created.body(), 201, created.status());
        assertEquals(403, http.get("/api/v1/org/nodes/" + created.json().get("id").asLong(), "village").status());
        installTestModule("testa");
        assertEquals(200, http.get("/api/v1/testa/persons/HG-GW-DC", "village").status());
        assertTrue(http.get("/api/v1/audit/verify", "admin").json().get("intact").asBoolean());
        assertTrue(http.get("/api/v1/audit?action=READ_PERSONAL", "admin").json().get("total").asInt() >= 1);
    }
}
