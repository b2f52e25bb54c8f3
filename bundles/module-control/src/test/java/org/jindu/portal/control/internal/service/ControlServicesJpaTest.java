package org.jindu.portal.control.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jindu.portal.api.AccessDeniedException;
import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.FieldError;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.control.internal.domain.IdNumber;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.domain.Violation;
import org.jindu.portal.control.internal.model.AssistanceDraft;
import org.jindu.portal.control.internal.model.AssistanceKind;
import org.jindu.portal.control.internal.model.ControlStatus;
import org.jindu.portal.control.internal.model.HandoverAnswer;
import org.jindu.portal.control.internal.model.HandoverDraft;
import org.jindu.portal.control.internal.model.HandoverInfo;
import org.jindu.portal.control.internal.model.PersonDraft;
import org.jindu.portal.control.internal.model.PersonFilter;
import org.jindu.portal.control.internal.model.PersonInfo;
import org.jindu.portal.control.internal.model.ProposalDecision;
import org.jindu.portal.control.internal.model.StatusDraft;
import org.jindu.portal.control.internal.model.TestResult;
import org.jindu.portal.control.internal.model.WorkDraft;
import org.jindu.portal.control.internal.model.WorkInfo;
import org.jindu.portal.control.internal.model.WorkKind;
import org.jindu.portal.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The module's services on a real database (Derby, and PostgreSQL in CI): files, encryption, work, handovers, exchange. */
class ControlServicesJpaTest {
    static final String ID = IdNumber.withCheckDigit("99010119850315001");
    static final String PHONE = "13800138000";

    private Fixture f;
    private UserContext office;
    private UserContext police;
    private UserContext village;
    private UserContext village2;

    @BeforeEach
    void setUp() throws Exception {
        f = new Fixture();
        office = f.user("office");
        police = f.user("police");
        village = f.user("village");
        village2 = f.user("village2");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private PersonDraft draft(String name, String id, String village) {
        return new PersonDraft(name, id, PHONE, village, null, village, null, null, null, "王社工", "冰毒", LocalDate.of(2025, 6, 1),
                Status.COMMUNITY_DETOX, LocalDate.of(2025, 6, 1), "港公(禁)社戒决字〔2025〕12号", Tier.C1, "初评", null);
    }

    @Test
    void ct1AFileIsCreatedWithTheIdentityEncryptedAndMasked() throws Exception {
        PersonInfo p = f.persons.create(village, draft("测试甲", ID, "HG-GW-DC"));
        assertThat(p.idNumber()).isEqualTo(ID.substring(0, 4) + "**********" + ID.substring(14));
        assertThat(p.phone()).isEqualTo("138****8000");
        assertThat(p.identified()).isFalse();
        assertThat(p.birthDate()).as("the full date would complete the masked number").isNull();
        assertThat(p.birthYear()).isEqualTo(1985);
        assertThat(p.statusDue()).isEqualTo(LocalDate.of(2028, 6, 1));
        assertThat(p.controlOrg()).isEqualTo("HG-GW-DC");

        // nothing in any table holds the number or the phone in clear, nor a run of its digits
        List<String> cells = allCells();
        assertThat(cells).noneMatch(c -> c.contains(ID) || c.contains(ID.substring(6, 14) + ID.substring(14, 17)) || c.contains(PHONE));
        assertThat(f.audit).noneMatch(l -> l.contains(ID) || l.contains(PHONE));

        // full view only for those who may, audited
        assertThatThrownBy(() -> f.persons.identify(village, p.id(), "test")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.persons.identify(office, p.id(), " ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
        PersonInfo full = f.persons.identify(office, p.id(), "入户走访核对身份");
        assertThat(full.idNumber()).isEqualTo(ID);
        assertThat(full.phone()).isEqualTo(PHONE);
        assertThat(full.birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
        assertThat(f.audit).anyMatch(l -> l.equals("office VIEW_FULL person " + p.id() + " ID number and phone; reason: 入户走访核对身份"));
    }

    @Test
    void ct1DetailsChangeButAMoveNeedsAHandover() {
        PersonInfo p = f.persons.create(village, draft("测试甲", ID, "HG-GW-DC"));
        PersonInfo u = f.persons.update(village, p.id(), new org.jindu.portal.control.internal.model.PersonUpdate("13911112222", null, null,
                "HG-GW-DC-G1", null, "李社工", "冰毒、K粉", "已就业"));
        assertThat(u.controlOrg()).isEqualTo("HG-GW-DC-G1");
        assertThat(u.gridOrg()).isEqualTo("HG-GW-DC-G1");
        assertThat(u.phone()).isEqualTo("139****2222");
        assertThat(u.workerName()).isEqualTo("李社工");
        assertThat(f.persons.get(village, p.id()).controlOrg()).isEqualTo("HG-GW-DC-G1");
        assertThatThrownBy(() -> f.persons.update(village, p.id(), new org.jindu.portal.control.internal.model.PersonUpdate(null, "HG-GW-XC",
                null, null, null, null, null, null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.persons.update(village, p.id(), new org.jindu.portal.control.internal.model.PersonUpdate(null, null, null,
                "HG-GW-XC-G1", null, null, null, null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.persons.update(village2, p.id(), new org.jindu.portal.control.internal.model.PersonUpdate("1", null, null,
                null, null, null, null, null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.persons.update(village2, p.id(), new org.jindu.portal.control.internal.model.PersonUpdate(null, null, null,
                null, null, "x", null, null))).as("out of scope: as if it did not exist").isInstanceOf(org.jindu.portal.api.NotFoundException.class);
    }

    @Test
    void ct1APhotoIsAnImageReadOnlyInScopeAndAudited() throws Exception {
        PersonInfo p = f.persons.create(village, draft("测试甲", ID, "HG-GW-DC"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> f.persons.setPhoto(village, p.id(), "x.pdf", new java.io.ByteArrayInputStream(pdf)))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e).errors().toString()).contains("JPEG or PNG"));
        assertThatThrownBy(() -> f.persons.setPhoto(village, p.id(), "x.html", new java.io.ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ValidationException.class);
        assertThat(f.persons.photo(village, p.id())).isEmpty();
        f.persons.setPhoto(village, p.id(), "照片.png", new java.io.ByteArrayInputStream(png));
        f.persons.setPhoto(village, p.id(), "照片2.png", new java.io.ByteArrayInputStream(png));
        assertThat(f.persons.photo(office, p.id())).get().satisfies(ph -> {
            assertThat(ph.contentType()).isEqualTo("image/png");
            assertThat(ph.content()).isEqualTo(png);
        });
        assertThatThrownBy(() -> f.persons.photo(village2, p.id())).isInstanceOf(org.jindu.portal.api.NotFoundException.class);
        assertThatThrownBy(() -> f.persons.setPhoto(village2, p.id(), "x.png", new java.io.ByteArrayInputStream(png)))
                .isInstanceOf(org.jindu.portal.api.NotFoundException.class);
        assertThat(f.audit).anyMatch(l -> l.startsWith("office READ_PERSONAL person " + p.id() + " photo"));
        assertThat(f.audit).anyMatch(l -> l.startsWith("village UPDATE person " + p.id() + " photo"));
    }

    @Test
    void ct1InputIsValidatedFieldByField() {
        PersonDraft bad = new PersonDraft("", "110105194912310021", "abc", null, null, null, null, null, null, null, null, null,
                Status.DECEASED, null, "", null, null, null);
        assertThatThrownBy(() -> f.persons.create(village, bad)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(fe -> fe.field())
                        .contains("name", "idNumber", "phone", "status", "legalBasis", "householdPlace", "residencePlace"));
        f.persons.create(village, draft("测试甲", ID, "HG-GW-DC"));
        assertThatThrownBy(() -> f.persons.create(office, draft("测试乙", ID.toLowerCase(), "HG-GW-DC")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.persons.create(village, draft("测试丙", IdNumber.withCheckDigit("99010119900101002"), "HG-GW-XC")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ct1ADuplicateNumberIsNamedOnlyInOnesAreaAndEveryHitIsAudited() {
        PersonInfo p = f.persons.create(village, draft("测试甲", ID, "HG-GW-DC"));
        assertThatThrownBy(() -> f.persons.create(office, draft("测试乙", ID, "HG-GW-DC")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.text().zh()).contains("档案编号 " + p.id()));
        assertThatThrownBy(() -> f.persons.create(village2, draft("测试乙", ID, "HG-GW-XC")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.text().zh()).contains("其他辖区").doesNotContain(String.valueOf(p.id())));
        assertThat(f.audit).anyMatch(l -> l.equals("office READ_PERSONAL person null new file refused: the ID number is on file " + p.id()));
        assertThat(f.audit).anyMatch(l -> l.equals("village2 READ_PERSONAL person null new file refused: the ID number is on file outside the user's area"));
    }

    @Test
    void ct1AGridMustBeAGridOfTheUsersArea() {
        PersonDraft d = draft("测试甲", ID, "HG-GW-DC");
        for (String grid : List.of("HG-GW-XC-G1", "HG-XT-HS-G1", "HG", "HG-GW-DC")) {
            PersonDraft other = new PersonDraft(d.name(), d.idNumber(), d.phone(), d.householdOrg(), d.householdPlace(), d.residenceOrg(),
                    d.residencePlace(), grid, d.workerId(), d.workerName(), d.drugTypes(), d.firstRegistered(), d.status(), d.statusSince(),
                    d.legalBasis(), d.tier(), d.tierReason(), d.note());
            assertThatThrownBy(() -> f.persons.create(village, other)).as(grid).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("gridOrg"));
        }
        PersonDraft own = new PersonDraft(d.name(), d.idNumber(), d.phone(), d.householdOrg(), d.householdPlace(), d.residenceOrg(),
                d.residencePlace(), "HG-GW-DC-G1", d.workerId(), d.workerName(), d.drugTypes(), d.firstRegistered(), d.status(), d.statusSince(),
                d.legalBasis(), d.tier(), d.tierReason(), d.note());
        assertThat(f.persons.create(village, own).gridOrg()).isEqualTo("HG-GW-DC-G1");
    }

    @Test
    void ct4APositiveTestRaisesTheTierAndProposesAStatusTheOfficeDecides() {
        PersonInfo p = f.persons.create(village, draft("测试甲", ID, "HG-GW-DC"));
        f.work.record(village, p.id(), new WorkDraft(WorkKind.VISIT, LocalDate.of(2026, 11, 20), null, null, null, "在家，情绪稳定"));
        WorkInfo neg = f.work.record(police, p.id(), new WorkDraft(WorkKind.URINE_TEST, LocalDate.of(2026, 11, 21), TestResult.NEGATIVE, null, "李警官", null));
        assertThat(neg.tierAfter()).isEqualTo(Tier.C1);
        WorkInfo pos = f.work.record(police, p.id(), new WorkDraft(WorkKind.URINE_TEST, LocalDate.of(2026, 11, 25), TestResult.POSITIVE, null, "李警官", null));
        assertThat(pos.violation()).isEqualTo(Violation.POSITIVE_TEST);
        assertThat(pos.tierAfter()).isEqualTo(Tier.B);
        assertThat(pos.proposedStatus()).isEqualTo(Status.COMPULSORY_DETOX);
        PersonInfo after = f.persons.get(village, p.id());
        assertThat(after.tier()).isEqualTo(Tier.B);
        assertThat(after.lastTest()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(after.lastVisit()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(after.openProposals()).isEqualTo(1);
        assertThat(f.persons.tierHistory(village, p.id())).first().satisfies(h -> {
            assertThat(h.from()).isEqualTo("C1");
            assertThat(h.to()).isEqualTo("B");
            assertThat(h.basis()).contains("检测阳性");
        });

        long proposal = f.work.proposals(office, p.id()).get(0).id();
        assertThatThrownBy(() -> f.work.decide(village, proposal, new ProposalDecision(true, Fixture.TODAY, "x", null)))
                .isInstanceOf(AccessDeniedException.class);
        PersonInfo decided = f.work.decide(office, proposal, new ProposalDecision(true, Fixture.TODAY, "港公强戒决字〔2026〕3号", null));
        assertThat(decided.status()).isEqualTo(Status.COMPULSORY_DETOX);
        assertThat(decided.statusDue()).isEqualTo(Fixture.TODAY.plusYears(2));
        assertThat(decided.nextVisit()).isNull();
        // in a facility: a custody visit and the pick-up are tracked duties
        assertThat(f.duties.open(office)).extracting(DutyService.Duty::kind).containsExactlyInAnyOrder(DutyService.CUSTODY_VISIT, DutyService.PICKUP);
    }

    @Test
    void ct2StatusChangesAreCheckedAndKeptWithTheirBasis() {
        PersonInfo p = f.persons.create(village, draft("测试甲", ID, "HG-GW-DC"));
        assertThatThrownBy(() -> f.persons.changeStatus(office, p.id(), new StatusDraft(Status.ABSTINENT, Fixture.TODAY, "评估", null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cannot change to abstinent");
        assertThatThrownBy(() -> f.persons.changeStatus(village, p.id(), new StatusDraft(Status.LOST_CONTACT, Fixture.TODAY, "走访未见", null)))
                .isInstanceOf(AccessDeniedException.class);
        f.persons.changeStatus(office, p.id(), new StatusDraft(Status.LOST_CONTACT, Fixture.TODAY, "连续三次走访未见", null));
        assertThat(f.persons.statusHistory(office, p.id())).extracting(h -> h.from() + ">" + h.to())
                .containsExactly("COMMUNITY_DETOX>LOST_CONTACT", "null>COMMUNITY_DETOX");
    }

    @Test
    void ct6AHandoverToAnotherVillageMovesTheFileWhenAccepted() {
        PersonInfo p = f.persons.create(village, draft("测试甲", ID, "HG-GW-DC"));
        HandoverInfo h = f.handovers.request(village, new HandoverDraft(p.id(), "HG-GW-XC", null, "迁居西村村"));
        assertThat(h.state()).isEqualTo("REQUESTED");
        assertThatThrownBy(() -> f.handovers.answer(village, h.id(), new HandoverAnswer(true, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.persons.get(village2, p.id())).isInstanceOf(org.jindu.portal.api.NotFoundException.class);
        HandoverInfo done = f.handovers.answer(village2, h.id(), new HandoverAnswer(true, "已接收"));
        assertThat(done.state()).isEqualTo("ACCEPTED");
        PersonInfo moved = f.persons.get(village2, p.id());
        assertThat(moved.controlOrg()).isEqualTo("HG-GW-XC");
        // the household side (东村村) still leads and sees the file
        assertThat(f.persons.get(village, p.id()).householdOrg()).isEqualTo("HG-GW-DC");
        assertThatThrownBy(() -> f.handovers.answer(village2, h.id(), new HandoverAnswer(true, null))).isInstanceOf(ConflictException.class);
    }

    @Test
    void ct6AnotherAgencyHandsAPersonOverAndTheVillageAcceptsIt() {
        UserContext city = f.user("city");
        String id = IdNumber.withCheckDigit("99010219920704003");
        HandoverInfo in = f.handovers.incoming(city, "XT-2026-001", "新塘镇禁毒办", "HG-GW-NS", "测试丁", id, Status.COMMUNITY_REHAB, "海洛因", "迁入南沙社区");
        assertThat(in.direction()).isEqualTo("INCOMING");
        UserContext ns = f.users.add("ns", org.jindu.portal.api.Role.VILLAGE_STAFF, "HG-GW-NS").get("ns");
        HandoverInfo accepted = f.handovers.answer(ns, in.id(), new HandoverAnswer(true, null));
        assertThat(accepted.personId()).isNotNull();
        assertThat(f.persons.get(ns, accepted.personId()).status()).isEqualTo(Status.COMMUNITY_REHAB);
        assertThat(f.exchange.status(city, id).registered()).isTrue();
    }

    @Test
    void exchangeQueriesNeedTheWholeNumberAndStayInScope() {
        PersonInfo p = f.persons.create(village, draft("测试甲", ID, "HG-GW-DC"));
        ControlStatus s = f.exchange.status(police, ID);
        assertThat(s.registered()).isTrue();
        assertThat(s.status()).isEqualTo("COMMUNITY_DETOX");
        for (String partial : List.of(ID.substring(0, 10), ID.substring(0, 14) + "%", ID.substring(0, 17) + "*", "%", "")) {
            assertThatThrownBy(() -> f.exchange.status(police, partial)).as(partial).isInstanceOf(ValidationException.class);
        }
        assertThatThrownBy(() -> f.exchange.status(village, ID)).isInstanceOf(AccessDeniedException.class);
        assertThat(f.exchange.status(f.user("xtoffice"), ID).registered()).isFalse();
        assertThat(f.audit).anyMatch(l -> l.startsWith("police READ_PERSONAL person " + p.id() + " status query by ID number: found"));
        // refusals change nothing and are kept all the same
        assertThat(f.audit).anyMatch(l -> l.startsWith("police READ_PERSONAL person null status query refused: invalid ID number"));
        assertThat(f.audit).anyMatch(l -> l.startsWith("xtoffice READ_PERSONAL person null status query by ID number: no match"));
    }

    @Test
    void statusQueriesAreLimitedPerUserAndHour() throws Exception {
        f.close();
        Fixture.statusQueries = 3;
        try {
            f = new Fixture();
            police = f.user("police");
            for (int i = 0; i < 3; i++) {
                assertThat(f.exchange.status(police, IdNumber.withCheckDigit("9901011985031500" + i)).registered()).isFalse();
            }
            assertThatThrownBy(() -> f.exchange.status(police, ID)).isInstanceOf(org.jindu.portal.api.TooManyRequestsException.class)
                    .hasMessageContaining("at most 3 an hour");
            assertThat(f.exchange.status(f.user("office"), ID).registered()).isFalse();
            assertThat(f.audit).anyMatch(l -> l.startsWith("police READ_PERSONAL person null status query refused: more than 3"));
            // a new file's duplicate check tells the same (registered or not): it counts against the same limit
            UserContext office = f.user("office");
            f.persons.create(office, draft("测试甲", IdNumber.withCheckDigit("99010119850315101"), "HG-GW-DC"));
            f.persons.create(office, draft("测试乙", IdNumber.withCheckDigit("99010119850315102"), "HG-GW-DC"));
            assertThatThrownBy(() -> f.persons.create(office, draft("测试丙", IdNumber.withCheckDigit("99010119850315103"), "HG-GW-DC")))
                    .isInstanceOf(org.jindu.portal.api.TooManyRequestsException.class);
            assertThat(f.audit).anyMatch(l -> l.startsWith("office READ_PERSONAL person null duplicate check of a new file refused: more than 3"));
        } finally {
            Fixture.statusQueries = 100;
        }
    }

    @Test
    void scopeAndMaskingInListsAndExports() throws Exception {
        PersonInfo a = f.persons.create(village, draft("测试甲", ID, "HG-GW-DC"));
        PersonInfo b = f.persons.create(village2, draft("测试乙", IdNumber.withCheckDigit("99010119900101002"), "HG-GW-XC"));
        assertThat(f.persons.list(village, PersonFilter.all())).extracting(PersonInfo::name).containsExactly("测试甲");
        assertThat(f.persons.list(office, PersonFilter.all())).hasSize(2);
        assertThat(f.persons.list(office, new PersonFilter(Status.COMMUNITY_DETOX, Tier.C1, null, null, null))).hasSize(2);
        assertThat(f.persons.list(office, new PersonFilter(null, Tier.A, null, null, null))).isEmpty();
        assertThat(f.persons.list(office, new PersonFilter(null, null, "HG-GW-XC", null, null))).extracting(PersonInfo::name).containsExactly("测试乙");
        assertThat(f.persons.list(office, new PersonFilter(null, null, null, null, "甲"))).extracting(PersonInfo::name).containsExactly("测试甲");
        assertThatThrownBy(() -> f.persons.list(f.user("leader"), PersonFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThat(f.stats.stats(f.user("leader")).persons()).isEqualTo(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.stats.exportXlsx(office, false, out);
        String masked = out.toString(StandardCharsets.UTF_8);
        assertThat(masked).contains("测试甲").contains(ID.substring(0, 4) + "**********").doesNotContain(ID).doesNotContain(PHONE);
        out.reset();
        f.stats.exportXlsx(office, true, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(ID);
        assertThatThrownBy(() -> f.stats.exportXlsx(village, false, out)).isInstanceOf(AccessDeniedException.class);
        // the export names every file it holds
        assertThat(f.audit).containsAnyOf("office EXPORT person [" + a.id() + ", " + b.id() + "] 2 files, full ID numbers",
                "office EXPORT person [" + b.id() + ", " + a.id() + "] 2 files, full ID numbers");
        f.work.assist(village, a.id(), new AssistanceDraft(AssistanceKind.SUBSIDY, Fixture.TODAY, "镇社会事务办", new java.math.BigDecimal("800.00"), "已发放"));
        assertThat(f.work.assistance(village, a.id())).singleElement().satisfies(x -> assertThat(x.amount()).isEqualByComparingTo("800"));
    }

    @Test
    void ct5LostContactOpensASearchThatEndsWhenThePersonIsFound() {
        PersonInfo p = f.persons.create(village, draft("测试甲", ID, "HG-GW-DC"));
        f.persons.changeStatus(office, p.id(), new StatusDraft(Status.LOST_CONTACT, LocalDate.of(2026, 10, 1), "连续三次走访未见", null));
        org.jindu.portal.control.internal.model.SearchInfo lost = f.searches.list(village).get(0);
        assertThat(lost.kind()).isEqualTo("LOST");
        assertThat(lost.personId()).isEqualTo(p.id());
        f.searches.addAction(village, lost.id(), LocalDate.of(2026, 10, 5), "走访家属");
        assertThatThrownBy(() -> f.searches.addAction(village2, lost.id(), null, "x")).isInstanceOf(org.jindu.portal.api.NotFoundException.class);
        assertThatThrownBy(() -> f.searches.addAction(village, lost.id(), null, " ")).isInstanceOf(ValidationException.class);
        f.persons.changeStatus(office, p.id(), new StatusDraft(Status.COMMUNITY_DETOX, LocalDate.of(2026, 11, 2), "查获后恢复社区戒毒", null));
        org.jindu.portal.control.internal.model.SearchInfo found = f.searches.list(village).get(0);
        assertThat(found.state()).isEqualTo("FOUND");
        assertThat(found.actions()).extracting(a -> a.date() + " " + a.action()).containsExactly("2026-10-05 走访家属");

        // a hidden user: found by the grid worker, a file is opened, the case closes with it
        org.jindu.portal.control.internal.model.SearchInfo hidden = f.searches.open(village, new org.jindu.portal.control.internal.model.SearchDraft(
                "HIDDEN", null, "HG-GW-DC", "网格员走访", "出租屋住户疑似吸毒", null));
        assertThatThrownBy(() -> f.searches.open(village, new org.jindu.portal.control.internal.model.SearchDraft("HIDDEN", null, "HG-GW-XC", "x", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.searches.close(village, hidden.id(), true, null, "找到了"))
                .as("found without a file: 100 % 建档 is not met").isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("personId"));
        assertThat(f.searches.list(village)).filteredOn(s -> s.id() == hidden.id()).extracting(s -> s.state()).containsExactly("OPEN");
        PersonInfo opened = f.persons.create(village, draft("测试乙", IdNumber.withCheckDigit("99010119900101002"), "HG-GW-DC"));
        org.jindu.portal.control.internal.model.SearchInfo closed = f.searches.close(village, hidden.id(), true, opened.id(), "已建档管控");
        assertThat(closed.state()).isEqualTo("FOUND");
        assertThat(closed.personName()).isEqualTo("测试乙");
        assertThatThrownBy(() -> f.searches.close(village, hidden.id(), false, null, "x")).isInstanceOf(ConflictException.class);
    }

    /** Every cell of every CTL_ table, as text. */
    private List<String> allCells() throws Exception {
        List<String> cells = new ArrayList<>();
        try (Connection c = f.dataSource.getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), TestDatabase.onPostgres() ? "ctl_%" : "CTL_%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).hasSizeGreaterThanOrEqualTo(9);
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            cells.add(String.valueOf(rs.getObject(i)));
                        }
                    }
                }
            }
        }
        return cells;
    }
}
