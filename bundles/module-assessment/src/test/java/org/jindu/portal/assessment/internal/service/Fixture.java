package org.jindu.portal.assessment.internal.service;

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
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.testkit.AuditRecorder;
import org.jindu.portal.testkit.EventRecorder;
import org.jindu.portal.testkit.MemoryFileStore;
import org.jindu.portal.testkit.TestAccess;
import org.jindu.portal.testkit.TestDatabase;
import org.jindu.portal.testkit.TestOrg;
import org.jindu.portal.testkit.TestUsers;
import org.jindu.portal.testkit.TextExporter;
import org.osgi.service.event.Event;

/**
 * The module's services wired by hand on a fresh database with the test kit's stand-ins for the platform: the demo
 * town's org tree, the module's default grants scoped like the platform does, recorders for audit entries, events
 * and files. The clock is fixed at {@link #TODAY}.
 */
public final class Fixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    public final TestOrg org;
    public final TestUsers users;
    public final List<String> audit;
    /** The audit log itself, to make entries fail ({@link AuditRecorder#failing}). */
    public final AuditRecorder auditLog;
    public final MemoryFileStore files;
    public final List<Event> events;
    public final Support support;
    public final StandardService standards;
    public final RoundService rounds;
    public final ApplicationService applications;
    public final ScoringService scoring;
    public final EvidenceService evidence;
    public final TitleService titles;
    public final CoverageService coverage;

    /** The town with its first five villages. */
    public Fixture() throws Exception {
        this(TestOrg.DEMO_VILLAGES.subList(0, 5));
    }

    public Fixture(List<String> villages) throws Exception {
        dataSource = TestDatabase.create("assessment");
        emf = Persistence.createEntityManagerFactory("portal.assessment", Map.of(
                "openjpa.ConnectionFactory", dataSource, "javax.persistence.nonJtaDataSource", dataSource));
        org = TestOrg.demoTown(villages);
        users = new TestUsers(org)
                .add("city", Role.OFFICE_STAFF, "HG")
                .add("office", Role.OFFICE_STAFF, "HG-GW")
                .add("village", Role.VILLAGE_STAFF, "HG-GW-DC")
                .add("village2", Role.VILLAGE_STAFF, "HG-GW-XC")
                .add("assessor", Role.ASSESSOR, "HG-GW")
                .add("assessor2", Role.ASSESSOR, "HG-GW")
                .add("leader", Role.LEADER, "HG-GW")
                .add("xtoffice", Role.OFFICE_STAFF, "HG-XT")
                .add("xtassessor", Role.ASSESSOR, "HG-XT");
        auditLog = new AuditRecorder();
        files = new MemoryFileStore();
        EventRecorder eventAdmin = new EventRecorder();
        audit = auditLog.entries;
        events = eventAdmin.events;
        support = new Support(emf, new TestAccess(org, Permissions.all()), auditLog, org, eventAdmin, config(),
                Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        standards = new StandardService(support);
        rounds = new RoundService(support, standards);
        applications = new ApplicationService(support, standards, rounds);
        scoring = new ScoringService(support, applications, users);
        evidence = new EvidenceService(support, applications, files);
        titles = new TitleService(support, applications);
        coverage = new CoverageService(support, new TextExporter());
    }

    public UserContext user(String name) {
        return users.get(name);
    }

    public OrgNode node(String code) {
        return org.get(code);
    }

    static AssessmentConfig config() {
        return new AssessmentConfig() {
            public Class<? extends Annotation> annotationType() { return AssessmentConfig.class; }
            public int villageCycleMonths() { return 6; }
            public int townCycleMonths() { return 12; }
            public double townCoveragePercent() { return 80; }
            public String defaultTargets() { return "2024:60"; }
            public int firstYear() { return 2022; }
        };
    }

    @Override
    public void close() {
        emf.close();
        TestDatabase.drop(dataSource);
    }
}
