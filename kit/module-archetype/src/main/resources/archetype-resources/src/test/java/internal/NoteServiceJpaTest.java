package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.jindu.portal.api.AccessDeniedException;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.ValidationException;
import ${package}.internal.model.NoteDraft;
import ${package}.internal.service.NoteService;
import org.jindu.portal.testkit.AuditRecorder;
import org.jindu.portal.testkit.TestAccess;
import org.jindu.portal.testkit.TestDatabase;
import org.jindu.portal.testkit.TestOrg;
import org.jindu.portal.testkit.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service on a real database (in-memory Derby; PostgreSQL too when PORTAL_TEST_POSTGRES_URL is set) with the test
 * kit's stand-ins for the platform: the demo town's org tree, the module's default grants, an audit recorder (which,
 * like the portal's log, refuses an entry outside the change's transaction).
 */
class NoteServiceJpaTest {
    private DataSource db;
    private EntityManagerFactory emf;
    private NoteService notes;
    private TestUsers users;
    private AuditRecorder audit;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.create("${moduleId}");
        emf = Persistence.createEntityManagerFactory("portal." + Descriptor.ID,
                Map.of("openjpa.ConnectionFactory", db, "javax.persistence.nonJtaDataSource", db));
        TestOrg org = TestOrg.demoTown(TestOrg.DEMO_VILLAGES);
        users = new TestUsers(org).add("village", Role.VILLAGE_STAFF, "HG-GW-DC").add("village2", Role.VILLAGE_STAFF, "HG-GW-XC")
                .add("leader", Role.LEADER, "HG-GW");
        audit = new AuditRecorder();
        notes = new NoteService(new Support(emf, new TestAccess(org, new Descriptor().permissions()), audit, org, Clock.systemDefaultZone()));
    }

    @AfterEach
    void tearDown() {
        emf.close();
        TestDatabase.drop(db);
    }

    @Test
    void aNoteIsWrittenAuditedAndSeenOnlyInItsArea() {
        var note = notes.create(users.get("village"), new NoteDraft("HG-GW-DC", "走访记录", "入户走访，情况正常"));
        assertThat(note.orgName()).isEqualTo("东村村");
        assertThat(audit.entries).anyMatch(e -> e.startsWith("village CREATE note " + note.id()));
        assertThat(notes.list(users.get("village"))).extracting(n -> n.title()).containsExactly("走访记录");
        assertThat(notes.list(users.get("village2"))).as("another village").isEmpty();
        assertThat(notes.list(users.get("leader"))).as("the town's leader").hasSize(1);
        assertThat(notes.count(users.get("leader"))).isEqualTo(1);
    }

    @Test
    void aNoteWhoseAuditEntryFailsIsNotKept() {
        audit.failing = true;
        assertThatThrownBy(() -> notes.create(users.get("village"), new NoteDraft("HG-GW-DC", "走访记录", null)))
                .isInstanceOf(IllegalStateException.class);
        audit.failing = false;
        assertThat(notes.count(users.get("leader"))).as("rolled back with its entry").isZero();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void badInputAndOtherAreasAreRefused() {
        assertThatThrownBy(() -> notes.create(users.get("village"), new NoteDraft("HG-GW-DC", "", null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> notes.create(users.get("village"), new NoteDraft("HG-GW-XC", "越界", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.create(users.get("leader"), new NoteDraft("HG-GW-DC", "只读", null)))
                .as("leaders read only").isInstanceOf(AccessDeniedException.class);
    }
}
