package org.jindu.portal.control.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.jindu.portal.api.AccessDeniedException;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.control.internal.domain.IdNumber;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.model.AssistanceDraft;
import org.jindu.portal.control.internal.model.AssistanceKind;
import org.jindu.portal.control.internal.model.HandoverAnswer;
import org.jindu.portal.control.internal.model.HandoverDraft;
import org.jindu.portal.control.internal.model.HandoverInfo;
import org.jindu.portal.control.internal.model.PersonDraft;
import org.jindu.portal.control.internal.model.PersonFilter;
import org.jindu.portal.control.internal.model.PersonInfo;
import org.jindu.portal.control.internal.model.PersonUpdate;
import org.jindu.portal.control.internal.model.ProposalDecision;
import org.jindu.portal.control.internal.model.SearchDraft;
import org.jindu.portal.control.internal.model.SearchInfo;
import org.jindu.portal.control.internal.model.StatusDraft;
import org.jindu.portal.control.internal.model.TestResult;
import org.jindu.portal.control.internal.model.TierDraft;
import org.jindu.portal.control.internal.model.WorkDraft;
import org.jindu.portal.control.internal.model.WorkInfo;
import org.jindu.portal.control.internal.model.WorkKind;
import org.jindu.portal.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit entries are written in the transaction of what they describe: a change whose entry fails leaves the
 * database as it was and announces nothing, a read whose entry fails returns nothing, and every read of personal
 * data names the persons it showed (under the person's record type and id, so that the log of a person finds it).
 */
class ControlAuditJpaTest {
    static final String ID_A = IdNumber.withCheckDigit("99010119850315001");
    static final String ID_B = IdNumber.withCheckDigit("99010119900101002");
    static final String ID_C = IdNumber.withCheckDigit("99010119781120003");
    static final String ID_IN = IdNumber.withCheckDigit("99010219920704004");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private Fixture f;
    private UserContext city;
    private UserContext office;
    private UserContext police;
    private UserContext village;
    private UserContext village2;

    @BeforeEach
    void setUp() throws Exception {
        f = new Fixture();
        city = f.user("city");
        office = f.user("office");
        police = f.user("police");
        village = f.user("village");
        village2 = f.user("village2");
    }

    @AfterEach
    void tearDown() {
        f.auditLog.failing = false;
        f.close();
    }

    private static PersonDraft draft(String name, String id, String village) {
        return new PersonDraft(name, id, "13800138000", village, null, village, null, null, null, "王社工", "冰毒", LocalDate.of(2025, 6, 1),
                Status.COMMUNITY_DETOX, LocalDate.of(2025, 6, 1), "港公(禁)社戒决字〔2025〕12号", Tier.C1, "初评", null);
    }

    // ------------------------------------------------------------------ changes

    @Test
    void aFileWhoseEntryFailsIsNotOpenedNorAnnounced() throws Exception {
        f.auditLog.failing = true;
        assertThatThrownBy(() -> f.persons.create(village, draft("测试甲", ID_A, "HG-GW-DC")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AuditRecorder.failing");
        f.auditLog.failing = false;
        // neither the file nor its first status, tier and duties: the whole opening rolled back
        assertThat(tables()).allSatisfy((table, rows) -> assertThat(rows).as(table).isEmpty());
        assertThat(f.events).isEmpty();
        assertThat(f.audit).isEmpty();
        // and the ID number is free: no half-opened file blocks it
        PersonInfo p = f.persons.create(village, draft("测试甲", ID_A, "HG-GW-DC"));
        assertThat(f.audit).containsExactly("village CREATE person " + p.id() + " status COMMUNITY_DETOX, tier C1");
    }

    @Test
    void everyChangeRollsBackWhenItsEntryFails() throws Exception {
        PersonInfo a = rollsBackThenCommits("create", () -> f.persons.create(village, draft("测试甲", ID_A, "HG-GW-DC")));
        PersonInfo b = f.persons.create(village2, draft("测试乙", ID_B, "HG-GW-XC"));
        PersonInfo c = f.persons.create(village, draft("测试丙", ID_C, "HG-GW-DC"));
        rollsBackThenCommits("update", () -> f.persons.update(village, a.id(), new PersonUpdate("13911112222", null, null, null, null, null, null, "已就业")));
        rollsBackThenCommits("tier", () -> f.persons.changeTier(village, a.id(), new TierDraft(Tier.C2, Fixture.TODAY, "复评")));
        rollsBackThenCommits("photo", () -> f.persons.setPhoto(village, a.id(), "照片.png", new ByteArrayInputStream(PNG)));
        WorkInfo positive = rollsBackThenCommits("positive test", () -> f.work.record(police, a.id(),
                new WorkDraft(WorkKind.URINE_TEST, Fixture.TODAY, TestResult.POSITIVE, null, "李警官", null)));
        assertThat(positive.proposedStatus()).isEqualTo(Status.COMPULSORY_DETOX);
        rollsBackThenCommits("assistance", () -> f.work.assist(village, a.id(),
                new AssistanceDraft(AssistanceKind.SUBSIDY, Fixture.TODAY, "镇社会事务办", new BigDecimal("800.00"), "已发放")));
        long proposal = f.work.proposals(office, a.id()).get(0).id();
        rollsBackThenCommits("decision", () -> f.work.decide(office, proposal, new ProposalDecision(true, Fixture.TODAY, "港公强戒决字〔2026〕3号", null)));
        long visit = f.duties.open(office).stream().filter(d -> d.kind().equals(DutyService.CUSTODY_VISIT)).findFirst().orElseThrow().id();
        rollsBackThenCommits("duty done", () -> f.duties.done(office, visit, Fixture.TODAY, "入所帮教"));
        rollsBackThenCommits("status", () -> f.persons.changeStatus(office, b.id(), new StatusDraft(Status.LOST_CONTACT, Fixture.TODAY, "连续三次走访未见", null)));
        SearchInfo hidden = rollsBackThenCommits("search opened", () -> f.searches.open(village,
                new SearchDraft("HIDDEN", null, "HG-GW-DC", "网格员走访", "出租屋住户疑似吸毒", null)));
        rollsBackThenCommits("search action", () -> f.searches.addAction(village, hidden.id(), Fixture.TODAY, "上门核查"));
        rollsBackThenCommits("search closed", () -> f.searches.close(village, hidden.id(), false, null, "排除"));
        HandoverInfo internal = rollsBackThenCommits("handover requested", () -> f.handovers.request(village, new HandoverDraft(c.id(), "HG-GW-XC", null, "迁居")));
        rollsBackThenCommits("handover cancelled", () -> f.handovers.cancel(village, internal.id()));
        HandoverInfo again = f.handovers.request(village, new HandoverDraft(c.id(), "HG-GW-XC", null, "迁居"));
        rollsBackThenCommits("handover accepted", () -> f.handovers.answer(village2, again.id(), new HandoverAnswer(true, null)));
        HandoverInfo in = rollsBackThenCommits("incoming handover", () -> f.handovers.incoming(city, "XT-2026-001", "新塘镇禁毒办", "HG-GW-NS",
                "测试丁", ID_IN, Status.COMMUNITY_REHAB, "海洛因", "迁入南沙社区"));
        UserContext ns = f.users.add("ns", Role.VILLAGE_STAFF, "HG-GW-NS").get("ns");
        // accepting opens the file in the same transaction: neither stays, and no one hears of the file
        HandoverInfo accepted = rollsBackThenCommits("incoming accepted", () -> f.handovers.answer(ns, in.id(), new HandoverAnswer(true, null)));
        assertThat(f.events).filteredOn(e -> e.getTopic().equals("portal/control/person/created"))
                .extracting(e -> e.getProperty("id")).contains(accepted.personId());
        HandoverInfo out = f.handovers.request(village2, new HandoverDraft(b.id(), null, "外县禁毒办", "迁往外县"));
        rollsBackThenCommits("remote answer", () -> f.handovers.remoteAnswer(city, out.reference(), true, "已接收"));
    }

    @Test
    void aPhotoWhoseEntryFailsIsNotKept() throws Exception {
        PersonInfo a = f.persons.create(village, draft("测试甲", ID_A, "HG-GW-DC"));
        f.auditLog.failing = true;
        assertThatThrownBy(() -> f.persons.setPhoto(village, a.id(), "照片.png", new ByteArrayInputStream(PNG)))
                .isInstanceOf(IllegalStateException.class);
        f.auditLog.failing = false;
        assertThat(f.files.size()).isZero();
        assertThat(f.persons.get(village, a.id()).photo()).isFalse();
    }

    // ------------------------------------------------------------------ reads

    @Test
    void everyReadOfPersonalDataNamesThePersons() throws Exception {
        PersonInfo a = f.persons.create(village, draft("测试甲", ID_A, "HG-GW-DC"));
        PersonInfo b = f.persons.create(village2, draft("测试乙", ID_B, "HG-GW-XC"));
        f.work.record(village, a.id(), new WorkDraft(WorkKind.VISIT, Fixture.TODAY, null, null, null, "在家"));
        f.work.assist(village, a.id(), new AssistanceDraft(AssistanceKind.EMPLOYMENT, Fixture.TODAY, "镇就业服务中心", null, null));
        f.persons.setPhoto(village, a.id(), "照片.png", new ByteArrayInputStream(PNG));

        // one file and what belongs to it: one entry under the person's id each
        assertThat(read(() -> f.persons.get(village, a.id()))).containsExactly("village READ_PERSONAL person " + a.id() + " file");
        assertThat(read(() -> f.persons.identify(office, a.id(), "test"))).containsExactly("office VIEW_FULL person " + a.id() + " ID number and phone; reason: test");
        assertThat(read(() -> f.persons.statusHistory(village, a.id()))).containsExactly("village READ_PERSONAL person " + a.id() + " status history (1)");
        assertThat(read(() -> f.persons.tierHistory(village, a.id()))).containsExactly("village READ_PERSONAL person " + a.id() + " tier history (1)");
        assertThat(read(() -> f.work.list(village, a.id()))).containsExactly("village READ_PERSONAL person " + a.id() + " work records (1)");
        assertThat(read(() -> f.work.proposals(office, a.id()))).containsExactly("office READ_PERSONAL person " + a.id() + " proposals (0)");
        assertThat(read(() -> f.work.assistance(village, a.id()))).containsExactly("village READ_PERSONAL person " + a.id() + " assistance (1)");
        assertThat(read(() -> f.persons.photo(office, a.id()).orElseThrow())).containsExactly("office READ_PERSONAL person " + a.id() + " photo");
        // a refused read shows nothing and records nothing
        assertThat(read(() -> assertThatThrownBy(() -> f.persons.get(village2, a.id())).isInstanceOf(org.jindu.portal.api.NotFoundException.class))).isEmpty();

        // lists and exports: one entry naming every file they returned
        AtomicReference<List<PersonInfo>> listed = new AtomicReference<>();
        assertThat(read(() -> listed.set(f.persons.list(office, PersonFilter.all())))).singleElement().satisfies(l -> {
            assertThat(l).startsWith("office READ_PERSONAL person [").endsWith("] list of 2 files");
            assertThat(named(l)).containsExactlyElementsOf(listed.get().stream().map(PersonInfo::id).toList()).containsExactlyInAnyOrder(a.id(), b.id());
        });
        assertThat(read(() -> f.persons.list(village, PersonFilter.all()))).containsExactly("village READ_PERSONAL person [" + a.id() + "] list of 1 files");
        assertThat(read(() -> f.persons.list(office, new PersonFilter(null, Tier.A, null, null, null))))
                .containsExactly("office READ_PERSONAL person [] list of 0 files");
        assertThat(read(() -> f.stats.exportTable(office, false))).singleElement().satisfies(l -> {
            assertThat(l).startsWith("office EXPORT person [").endsWith("] 2 files, masked");
            assertThat(named(l)).containsExactlyInAnyOrder(a.id(), b.id());
        });
        assertThat(read(() -> f.stats.exportXlsx(office, true, new ByteArrayOutputStream()))).singleElement().satisfies(l -> {
            assertThat(l).startsWith("office EXPORT person [").endsWith("] 2 files, full ID numbers");
            assertThat(named(l)).containsExactlyInAnyOrder(a.id(), b.id());
        });
        // figures name no one
        assertThat(read(() -> f.stats.stats(f.user("leader")))).isEmpty();

        // the exchange
        assertThat(read(() -> f.exchange.status(police, ID_A)))
                .containsExactly("police READ_PERSONAL person " + a.id() + " status query by ID number: found");

        // handovers name their person; one handed over by another agency has no file yet and is named by the handover
        HandoverInfo internal = f.handovers.request(village, new HandoverDraft(a.id(), "HG-GW-XC", null, "迁居"));
        HandoverInfo outgoing = f.handovers.request(village2, new HandoverDraft(b.id(), null, "外县禁毒办", "迁往外县"));
        HandoverInfo incoming = f.handovers.incoming(city, "XT-2026-002", "新塘镇禁毒办", "HG-GW-NS", "测试丁", ID_IN, null, null, "迁入");
        assertThat(read(() -> f.handovers.list(village))).containsExactly("village READ_PERSONAL person [" + a.id() + "] handovers: 1");
        assertThat(read(() -> f.handovers.get(village2, internal.id())))
                .containsExactly("village2 READ_PERSONAL person " + a.id() + " handover " + internal.id());
        assertThat(read(() -> f.handovers.list(city))).satisfiesExactly(
                l -> {
                    assertThat(l).startsWith("city READ_PERSONAL person [").endsWith("] handovers: 3");
                    assertThat(named(l)).containsExactlyInAnyOrder(a.id(), b.id());
                },
                l -> assertThat(l).isEqualTo("city READ_PERSONAL handover [" + incoming.id() + "] handovers of persons without a file here"));
        assertThat(read(() -> f.handovers.get(city, incoming.id())))
                .containsExactly("city READ_PERSONAL handover " + incoming.id() + " handover " + incoming.id() + ", person without a file here");
        assertThat(read(() -> f.handovers.status(city, outgoing.reference())))
                .containsExactly("city READ_PERSONAL person " + b.id() + " handover " + outgoing.reference() + " state by exchange");

        // search cases and duties name their persons
        f.persons.changeStatus(office, a.id(), new StatusDraft(Status.LOST_CONTACT, Fixture.TODAY, "连续三次走访未见", null));
        assertThat(read(() -> f.searches.list(village))).containsExactly("village READ_PERSONAL person [" + a.id() + "] search cases: 1");
        f.persons.changeStatus(office, b.id(), new StatusDraft(Status.COMPULSORY_DETOX, Fixture.TODAY, "港公强戒决字〔2026〕9号", null));
        assertThat(read(() -> f.duties.open(office))).containsExactly("office READ_PERSONAL person [" + b.id() + "] open duties: 2");
    }

    @Test
    void aReadWhoseEntryFailsReturnsNothing() throws Exception {
        PersonInfo a = f.persons.create(village, draft("测试甲", ID_A, "HG-GW-DC"));
        f.persons.setPhoto(village, a.id(), "照片.png", new ByteArrayInputStream(PNG));
        HandoverInfo h = f.handovers.request(village, new HandoverDraft(a.id(), null, "外县禁毒办", "迁往外县"));
        f.auditLog.failing = true;
        List<Callable<?>> reads = List.of(() -> f.persons.get(village, a.id()), () -> f.persons.identify(office, a.id(), "test"),
                () -> f.persons.list(office, PersonFilter.all()), () -> f.persons.statusHistory(village, a.id()),
                () -> f.persons.tierHistory(village, a.id()), () -> f.persons.photo(village, a.id()), () -> f.work.list(village, a.id()),
                () -> f.work.proposals(village, a.id()), () -> f.work.assistance(village, a.id()), () -> f.stats.exportTable(office, true),
                () -> f.exchange.status(police, ID_A), () -> f.handovers.list(village), () -> f.handovers.get(village, h.id()),
                () -> f.handovers.status(city, h.reference()), () -> f.searches.list(village), () -> f.duties.open(office));
        for (int i = 0; i < reads.size(); i++) {
            assertThatThrownBy(reads.get(i)::call).as("read " + i).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("AuditRecorder.failing");
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Runs the change with the audit log failing (it must fail with the log's error and leave every table, the stored
     * files and the events as they were), then with the log working (it must change the database and record an entry).
     */
    private <T> T rollsBackThenCommits(String what, Callable<T> change) throws Exception {
        Map<String, List<String>> before = tables();
        int files = f.files.size();
        int events = f.events.size();
        int entries = f.audit.size();
        f.auditLog.failing = true;
        try {
            assertThatThrownBy(change::call).as(what).isInstanceOf(IllegalStateException.class).hasMessageContaining("AuditRecorder.failing");
        } finally {
            f.auditLog.failing = false;
        }
        assertThat(tables()).as(what).isEqualTo(before);
        assertThat(f.files.size()).as(what).isEqualTo(files);
        assertThat(f.events).as(what).hasSize(events);
        assertThat(f.audit).as(what).hasSize(entries);
        T result = change.call();
        assertThat(tables()).as(what + " (committed)").isNotEqualTo(before);
        assertThat(f.audit.size()).as(what + " (committed)").isGreaterThan(entries);
        return result;
    }

    /** The entries that one read records. */
    private List<String> read(ThrowingRunnable read) throws Exception {
        f.audit.clear();
        read.run();
        return new ArrayList<>(f.audit);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The ids that a list read's entry names ({@code ... [1, 2] ...}), in its order. */
    private static List<Long> named(String entry) {
        String ids = entry.substring(entry.indexOf('[') + 1, entry.indexOf(']'));
        return ids.isBlank() ? List.of() : Arrays.stream(ids.split(", ")).map(Long::valueOf).toList();
    }

    /** Every row of every CTL_ table as text, sorted, by table. */
    private Map<String, List<String>> tables() throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = f.dataSource.getConnection(); Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), TestDatabase.onPostgres() ? "ctl_%" : "CTL_%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(names).hasSizeGreaterThanOrEqualTo(9);
            for (String t : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(md.getColumnName(i)).append('=').append(rs.getObject(i)).append(';');
                        }
                        rows.add(row.toString());
                    }
                }
                Collections.sort(rows);
                out.put(t.toUpperCase(), rows);
            }
        }
        return out;
    }
}
