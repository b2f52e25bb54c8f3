package org.jindu.portal.control.internal.service;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.cache.DataVersions;
import org.jindu.portal.control.internal.domain.Frequencies;
import org.jindu.portal.testkit.AuditRecorder;
import org.jindu.portal.testkit.EventRecorder;
import org.jindu.portal.testkit.MemoryFileStore;
import org.jindu.portal.testkit.TestAccess;
import org.jindu.portal.testkit.TestDatabase;
import org.jindu.portal.testkit.TestOrg;
import org.jindu.portal.testkit.TestSensitiveData;
import org.jindu.portal.testkit.TestUsers;
import org.jindu.portal.testkit.TestVersions;
import org.jindu.portal.testkit.TextExporter;
import org.osgi.service.event.Event;

/** The module's services wired by hand on a fresh database with the test kit's platform stand-ins; today is {@link #TODAY}. */
public final class Fixture implements AutoCloseable {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    public final TestOrg org = TestOrg.demoTown(TestOrg.DEMO_VILLAGES);
    public final TestUsers users;
    public final List<String> audit;
    /** The audit log itself: {@code auditLog.failing = true} makes every entry fail. */
    public final AuditRecorder auditLog = new AuditRecorder();
    public final MemoryFileStore files = new MemoryFileStore();
    /** The field cipher, counting its decryptions. */
    public final CountingSensitiveData sensitive = new CountingSensitiveData(new TestSensitiveData());
    public final List<Event> events;
    public final DataVersions versions;
    public final Support support;
    public final DutyService duties;
    public final PersonService persons;
    public final WorkService work;
    public final HandoverService handovers;
    public final StatsService stats;
    public final ExchangeService exchange;
    public final SearchService searches;

    public Fixture() throws Exception {
        dataSource = TestDatabase.create("control");
        emf = Persistence.createEntityManagerFactory("portal.control", Map.of(
                "openjpa.ConnectionFactory", dataSource, "javax.persistence.nonJtaDataSource", dataSource));
        users = new TestUsers(org)
                .add("city", Role.OFFICE_STAFF, "HG")
                .add("office", Role.OFFICE_STAFF, "HG-GW")
                .add("police", Role.UNIT_STAFF, "HG-GW")
                .add("village", Role.VILLAGE_STAFF, "HG-GW-DC")
                .add("village2", Role.VILLAGE_STAFF, "HG-GW-XC")
                .add("leader", Role.LEADER, "HG-GW")
                .add("xtoffice", Role.OFFICE_STAFF, "HG-XT");
        EventRecorder eventAdmin = new EventRecorder();
        versions = TestVersions.on(dataSource);
        audit = auditLog.entries;
        events = eventAdmin.events;
        support = new Support(emf, new TestAccess(org, Permissions.all()), auditLog, org, versions, sensitive, eventAdmin, config(),
                Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        duties = new DutyService(support);
        ExactNumberLimit limit = new ExactNumberLimit(support);
        persons = new PersonService(support, duties, files, limit);
        work = new WorkService(support, persons);
        handovers = new HandoverService(support, persons);
        stats = new StatsService(support, persons, new TextExporter());
        exchange = new ExchangeService(support, persons, limit);
        searches = new SearchService(support, persons);
    }

    public UserContext user(String name) {
        return users.get(name);
    }

    /** Status queries one user may make per hour in the tests. */
    static int statusQueries = 100;

    static ControlConfig config() {
        return new ControlConfig() {
            public Class<? extends Annotation> annotationType() { return ControlConfig.class; }
            public String frequencies() { return Frequencies.DEFAULT; }
            public int custodyVisitMonths() { return 6; }
            public String agencyName() { return "港湾镇禁毒办"; }
            public int statusQueriesPerHour() { return statusQueries; }
        };
    }

    @Override
    public void close() {
        emf.close();
        TestDatabase.drop(dataSource);
    }
}
