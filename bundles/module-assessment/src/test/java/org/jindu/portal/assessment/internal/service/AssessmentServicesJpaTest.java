package org.jindu.portal.assessment.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jindu.portal.api.AccessDeniedException;
import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.assessment.internal.domain.Action;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.domain.DefaultStandards;
import org.jindu.portal.assessment.internal.domain.Level;
import org.jindu.portal.assessment.internal.domain.Standard;
import org.jindu.portal.assessment.internal.domain.SupervisionRating;
import org.jindu.portal.assessment.internal.domain.Titles;
import org.jindu.portal.assessment.internal.model.ActionRequest;
import org.jindu.portal.assessment.internal.model.ApplicationDraft;
import org.jindu.portal.assessment.internal.model.ApplicationFilter;
import org.jindu.portal.assessment.internal.model.ApplicationInfo;
import org.jindu.portal.assessment.internal.model.CoverageRow;
import org.jindu.portal.assessment.internal.model.EvidenceDraft;
import org.jindu.portal.assessment.internal.model.EvidenceInfo;
import org.jindu.portal.assessment.internal.model.ReviewDraft;
import org.jindu.portal.assessment.internal.model.RevocationDraft;
import org.jindu.portal.assessment.internal.model.RoundDraft;
import org.jindu.portal.assessment.internal.model.RoundInfo;
import org.jindu.portal.assessment.internal.model.SheetDraft;
import org.jindu.portal.assessment.internal.model.SheetItem;
import org.jindu.portal.assessment.internal.model.TargetDraft;
import org.jindu.portal.assessment.internal.model.TitleFilter;
import org.jindu.portal.assessment.internal.model.TitleInfo;
import org.jindu.portal.assessment.internal.model.TownAssessmentDraft;
import org.jindu.portal.assessment.internal.model.TownAssessmentInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowingConsumer;
import org.jindu.portal.api.PortalException;

/** The module's services on a real database: the whole procedure, scoping, dynamic management, coverage. */
class AssessmentServicesJpaTest {
    private Fixture f;
    private UserContext office;
    private UserContext village;
    private UserContext village2;
    private UserContext assessor;
    private UserContext leader;

    @BeforeEach
    void setUp() throws Exception {
        f = new Fixture();
        office = f.user("office");
        village = f.user("village");
        village2 = f.user("village2");
        assessor = f.user("assessor");
        leader = f.user("leader");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theShippedStandardsAreStoredOnceAsVersionOne() throws Exception {
        new StandardService(f.support);
        assertThat(f.standards.list(office, true)).extracting(s -> s.standard().code() + " v" + s.standard().version())
                .containsExactly(DefaultStandards.TOWN + " v1", DefaultStandards.VILLAGE + " v1");
    }

    @Test
    void editingAStandardMakesANewVersionAndRoundsKeepTheirs() {
        RoundInfo r2025 = round(2025);
        Standard v1 = f.standards.version(r2025.standardId());
        Standard edited = new Standard(v1.code(), 99, v1.level(), v1.name(), v1.nameEn(), 85, false, v1.sections());
        var v2 = f.standards.save(office, edited, "正式附件文本");
        assertThat(v2.standard().version()).isEqualTo(2);
        assertThat(v2.standard().passMark()).isEqualTo(85);
        assertThat(f.standards.list(office, false)).filteredOn(s -> s.standard().code().equals(v1.code()))
                .singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(v2.id()));
        assertThat(f.rounds.get(office, r2025.id()).standardVersion()).isEqualTo(1);
        assertThatThrownBy(() -> f.standards.save(village, edited, null)).isInstanceOf(AccessDeniedException.class);
        Standard broken = new Standard("BAD CODE", 1, Level.VILLAGE, "", null, 0, false, List.of());
        assertThatThrownBy(() -> f.standards.save(office, broken, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(x -> x.field()).contains("code", "name", "sections"));
        // export → import round trip through the JSON the REST API uses
        String json = JsonCodec.write(v2.standard());
        assertThat(JsonCodec.read(json, Standard.class)).isEqualTo(v2.standard());
    }

    @Test
    void aFullRoundFromApplicationToDesignation() throws Exception {
        RoundInfo round = round(2025);
        ApplicationInfo a = designatedVillage(round, village, "HG-GW-DC", 18);
        assertThat(a.state()).isEqualTo(ApplicationState.DESIGNATED);
        assertThat(a.totalScore()).isEqualTo(96.0);
        assertThat(a.passed()).isTrue();
        assertThat(f.applications.transitions(village, a.id())).extracting(t -> t.action())
                .containsExactly(Action.SUBMIT, Action.ACCEPT, Action.OPEN_ASSESSMENT, Action.CONCLUDE, Action.SUPERVISE, Action.DESIGNATE);
        TitleInfo title = f.titles.list(leader, TitleFilter.all()).get(0);
        assertThat(title.orgCode()).isEqualTo("HG-GW-DC");
        assertThat(title.status()).isEqualTo(Titles.Status.ACTIVE);
        assertThat(title.awardedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(f.audit).anyMatch(l -> l.startsWith("office TRANSITION application " + a.id() + " DESIGNATE"))
                .anyMatch(l -> l.startsWith("office CREATE title"))
                .anyMatch(l -> l.startsWith("assessor SUBMIT_SCORES score-sheet"));
        assertThat(f.events).anyMatch(e -> e.getTopic().equals("portal/assessment/designated"));
    }

    @Test
    void vetoItemsFailTheAssessmentAndBlockTheDesignation() {
        RoundInfo round = round(2025);
        ApplicationInfo a = underAssessment(round, village, "HG-GW-DC");
        Map<String, SheetItem> items = fullMarks(f.standards.version(round.standardId()));
        items.put("W3", new SheetItem(null, true, "2025年发现贩毒活动", List.of()));
        f.scoring.save(assessor, a.id(), new SheetDraft(items, true));
        ApplicationInfo concluded = act(office, a.id(), Action.CONCLUDE, null, LocalDate.of(2025, 8, 20));
        assertThat(concluded.passed()).isFalse();
        assertThat(concluded.vetoItems()).containsExactly("W3");
        f.applications.act(office, a.id(), new ActionRequest(Action.SUPERVISE, "工作扎实", LocalDate.of(2025, 8, 25), SupervisionRating.GOOD));
        assertThatThrownBy(() -> act(office, a.id(), Action.DESIGNATE, null, LocalDate.of(2025, 9, 1)))
                .isInstanceOf(ConflictException.class).satisfies(zh("未通过考评验收"));
        assertThat(act(office, a.id(), Action.DECLINE, "否决项：存在贩毒活动", LocalDate.of(2025, 9, 1)).state())
                .isEqualTo(ApplicationState.NOT_DESIGNATED);
    }

    @Test
    void theProcedureRefusesStepsOutOfOrderWithReasons() {
        RoundInfo round = round(2026);
        ApplicationInfo a = f.applications.create(village, new ApplicationDraft(round.id(), null, "张三", null, null, null, null));
        assertThatThrownBy(() -> act(village, a.id(), Action.SUBMIT, null, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(x -> x.field()).containsExactly("contactPhone", "plan", "selfScore", "selfAssessment"));
        assertThatThrownBy(() -> act(village, a.id(), Action.ACCEPT, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> act(office, a.id(), Action.ACCEPT, null, null)).isInstanceOf(ConflictException.class)
                .satisfies(zh("草稿")).satisfies(zh("提交申报"));
        fill(a.id(), village);
        act(village, a.id(), Action.SUBMIT, null, LocalDate.of(2026, 1, 10));
        assertThatThrownBy(() -> act(office, a.id(), Action.REJECT, " ", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> act(office, a.id(), Action.ACCEPT, null, LocalDate.of(2026, 1, 5)))
                .isInstanceOf(ValidationException.class).satisfies(zh("effectiveOn"));
        assertThatThrownBy(() -> act(office, a.id(), Action.ACCEPT, null, Fixture.TODAY.plusDays(1)))
                .isInstanceOf(ValidationException.class);
        // accepted in June: the six-month cycle ends in December, after "today"
        act(office, a.id(), Action.ACCEPT, null, LocalDate.of(2026, 6, 1));
        f.scoring.assign(office, a.id(), List.of(assessor.userId()));
        assertThatThrownBy(() -> act(office, a.id(), Action.OPEN_ASSESSMENT, null, null)).isInstanceOf(ConflictException.class)
                .satisfies(zh("2026-12-01"));
        assertThatThrownBy(() -> f.applications.update(village, a.id(), new ApplicationDraft(null, null, "李四", null, null, null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aVillageSeesAndChangesOnlyItsOwnApplication() {
        RoundInfo round = round(2026);
        ApplicationInfo own = f.applications.create(village, new ApplicationDraft(round.id(), null, "张三", "13800138000", null, null, null));
        ApplicationInfo other = f.applications.create(village2, new ApplicationDraft(round.id(), null, "赵六", "13900139000", null, null, null));
        assertThat(f.applications.list(village, ApplicationFilter.all())).extracting(ApplicationInfo::id).containsExactly(own.id());
        assertThatThrownBy(() -> f.applications.get(village, other.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.applications.update(village, other.id(), new ApplicationDraft(null, null, "X", null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> act(village, other.id(), Action.WITHDRAW, null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.applications.create(village, new ApplicationDraft(round.id(), "HG-GW-XC", null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.applications.list(office, ApplicationFilter.all())).hasSize(2);
        // the leader reads everything but the phone numbers are masked for him
        assertThat(f.applications.list(leader, ApplicationFilter.all())).extracting(ApplicationInfo::contactPhone)
                .containsExactlyInAnyOrder("139****9000", "138****8000");
        assertThat(f.applications.get(village, own.id()).contactPhone()).isEqualTo("13800138000");
        // assessors see only what they are assigned to
        assertThat(f.applications.list(assessor, ApplicationFilter.all())).isEmpty();
        assertThatThrownBy(() -> f.applications.get(assessor, own.id())).isInstanceOf(NotFoundException.class);
        // one application per village and round
        assertThatThrownBy(() -> f.applications.create(village, new ApplicationDraft(round.id(), null, null, null, null, null, null)))
                .isInstanceOf(ConflictException.class).satisfies(zh("每轮只能申报一次"));
    }

    @Test
    void evidenceIsRecordedPerRubricItemDuringTheCycleOnly() throws Exception {
        RoundInfo round = round(2025);
        ApplicationInfo a = submitted(round, village);
        assertThatThrownBy(() -> f.evidence.add(village, a.id(), new EvidenceDraft("Y4", "宣传栏"))).isInstanceOf(ConflictException.class);
        act(office, a.id(), Action.ACCEPT, null, LocalDate.of(2025, 2, 1));
        EvidenceInfo text = f.evidence.add(village, a.id(), new EvidenceDraft("Y4", "建成禁毒宣传栏 2 处"));
        EvidenceInfo file = f.evidence.upload(village, a.id(), "Y4", "宣传栏照片", "宣传栏.pdf",
                new ByteArrayInputStream("%PDF-1.4 test".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(file.fileName()).isEqualTo("宣传栏.pdf");
        assertThatThrownBy(() -> f.evidence.upload(village, a.id(), "Y4", null, "x.html",
                new ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.evidence.add(village, a.id(), new EvidenceDraft("Z9", "x"))).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(x -> x.field()).containsExactly("itemCode"));
        assertThatThrownBy(() -> f.evidence.add(village2, a.id(), new EvidenceDraft("Y4", "x"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.evidence.download(village2, file.id())).isInstanceOf(NotFoundException.class);
        assertThat(new String(f.evidence.download(leader, file.id()).content().readAllBytes(), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        // a file may name people: each download is a read of personal data, a refused one is no read
        assertThat(f.audit).filteredOn(l -> l.contains(" READ_PERSONAL ")).containsExactly(
                "leader READ_PERSONAL evidence " + file.id() + " application " + a.id() + " Y4 file 宣传栏.pdf");
        assertThat(f.evidence.list(office, a.id())).extracting(EvidenceInfo::id).containsExactly(text.id(), file.id());
        f.evidence.delete(village, text.id());
        assertThat(f.evidence.list(village, a.id())).hasSize(1);
        // the assessor, once assigned, reads the evidence and cites it
        f.scoring.assign(office, a.id(), List.of(assessor.userId()));
        act(office, a.id(), Action.OPEN_ASSESSMENT, null, LocalDate.of(2025, 8, 10));
        assertThat(f.evidence.list(assessor, a.id())).hasSize(1);
        Map<String, SheetItem> items = fullMarks(f.standards.version(round.standardId()));
        items.put("Y4", new SheetItem(14.0, false, "阵地规范", List.of(file.id())));
        f.scoring.save(assessor, a.id(), new SheetDraft(items, false));
        items.put("Y5", new SheetItem(10.0, false, "台账", List.of(text.id())));
        assertThatThrownBy(() -> f.scoring.save(assessor, a.id(), new SheetDraft(items, false))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.evidence.add(village, a.id(), new EvidenceDraft("Y4", "迟到的材料"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void sheetsAreSubmittedCompleteByAssignedAssessorsOnly() {
        RoundInfo round = round(2025);
        ApplicationInfo a = underAssessment(round, village, "HG-GW-DC");
        Standard s = f.standards.version(round.standardId());
        Map<String, SheetItem> partial = new LinkedHashMap<>(Map.of("Y1", new SheetItem(10.0, false, null, List.of())));
        f.scoring.save(assessor, a.id(), new SheetDraft(partial, false));
        assertThatThrownBy(() -> f.scoring.save(assessor, a.id(), new SheetDraft(partial, true))).isInstanceOf(ValidationException.class)
                .satisfies(zh("items.Y2"));
        assertThatThrownBy(() -> f.scoring.save(f.user("assessor2"), a.id(), new SheetDraft(fullMarks(s), true)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> act(office, a.id(), Action.CONCLUDE, null, LocalDate.of(2025, 8, 20)))
                .isInstanceOf(ConflictException.class).satisfies(zh("assessor(测试)"));
        f.scoring.save(assessor, a.id(), new SheetDraft(fullMarks(s), true));
        assertThatThrownBy(() -> f.scoring.save(assessor, a.id(), new SheetDraft(fullMarks(s), true))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.scoring.assign(office, a.id(), List.of(f.user("assessor2").userId())))
                .isInstanceOf(ConflictException.class).satisfies(zh("已提交"));
        assertThatThrownBy(() -> f.scoring.assign(office, a.id(), List.of(f.user("xtassessor").userId())))
                .isInstanceOf(ValidationException.class);
        assertThat(f.scoring.sheets(village, a.id())).isEmpty();
        assertThat(f.scoring.sheets(office, a.id())).hasSize(1);
    }

    @Test
    void yellowCardsAndRevocation() {
        RoundInfo round = round(2023);
        designatedVillage(round, village, "HG-GW-DC", 20);
        TitleInfo title = f.titles.list(office, TitleFilter.all()).get(0);
        assertThatThrownBy(() -> f.titles.review(office, title.id(), new ReviewDraft(2023, Titles.Outcome.RETAINED, null, null, null, null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.titles.review(office, title.id(), new ReviewDraft(2024, Titles.Outcome.YELLOW_CARD, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(x -> x.field()).containsExactly("yellowReason"));
        TitleInfo first = f.titles.review(office, title.id(),
                new ReviewDraft(2024, Titles.Outcome.YELLOW_CARD, Titles.YellowCardReason.LOW_RANKING, 27, null, "排名靠后"));
        assertThat(first.status()).isEqualTo(Titles.Status.ACTIVE);
        assertThatThrownBy(() -> f.titles.review(office, title.id(), new ReviewDraft(2024, Titles.Outcome.RETAINED, null, null, null, null)))
                .isInstanceOf(ConflictException.class);
        // the wastewater level comes from the intelligence module's alert for the town
        f.titles.recordSignal(f.node("HG-GW").id(), 2025, "wastewater", "高", "甲基苯丙胺 120 mg/千人/日");
        assertThat(f.titles.signals(office, title.id(), 2025)).singleElement().satisfies(s -> assertThat(s.level()).isEqualTo("高"));
        TitleInfo second = f.titles.review(office, title.id(),
                new ReviewDraft(2025, Titles.Outcome.YELLOW_CARD, Titles.YellowCardReason.HIGH_WASTEWATER, null, null, null));
        assertThat(second.status()).isEqualTo(Titles.Status.REVOCATION_PROPOSED);
        assertThat(second.reviews()).extracting(r -> r.wastewaterLevel()).containsExactly(null, "高");
        assertThat(f.events).anyMatch(e -> e.getTopic().equals("portal/assessment/title/revocation-proposed"));
        assertThatThrownBy(() -> f.titles.revoke(village, title.id(), new RevocationDraft(Titles.RevocationReason.TWO_YELLOW_CARDS, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        TitleInfo revoked = f.titles.revoke(office, title.id(), new RevocationDraft(Titles.RevocationReason.TWO_YELLOW_CARDS, null, LocalDate.of(2026, 3, 1)));
        assertThat(revoked.status()).isEqualTo(Titles.Status.REVOKED);
        assertThat(revoked.revokedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        // revoked in 2026: not again in the 2026 round, but in a later one
        RoundInfo r2026 = round(2026);
        assertThatThrownBy(() -> f.applications.create(village, new ApplicationDraft(r2026.id(), null, null, null, null, null, null)))
                .isInstanceOf(ConflictException.class).satisfies(zh("2026"));
        f.rounds.create(office, new RoundDraft("HG-GW", 2027, Level.VILLAGE, null, null, null));
        // (2027 is "next year" for the fixed clock, which rounds allow)
        assertThat(f.applications.create(village, new ApplicationDraft(
                f.rounds.list(office, 2027).get(0).id(), null, null, null, null, null, null)).state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void revocationForAnIncidentNeedsANoteAndTwoYellowCardsMustBeOnRecord() {
        designatedVillage(round(2024), village, "HG-GW-DC", 20);
        TitleInfo title = f.titles.list(office, TitleFilter.all()).get(0);
        assertThatThrownBy(() -> f.titles.revoke(office, title.id(), new RevocationDraft(Titles.RevocationReason.TWO_YELLOW_CARDS, null, null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.titles.revoke(office, title.id(), new RevocationDraft(Titles.RevocationReason.CULTIVATION, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(x -> x.field()).containsExactly("note"));
        assertThat(f.titles.revoke(office, title.id(), new RevocationDraft(Titles.RevocationReason.CULTIVATION, "查获非法种植罂粟 600 株", null))
                .revocationReason()).isEqualTo(Titles.RevocationReason.CULTIVATION);
    }

    @Test
    void aFalsifiedApplicationIsDisqualifiedWithANotice() {
        ApplicationInfo a = submitted(round(2026), village);
        assertThatThrownBy(() -> act(office, a.id(), Action.DISQUALIFY, null, null)).isInstanceOf(ValidationException.class);
        ApplicationInfo d = act(office, a.id(), Action.DISQUALIFY, "经核查，台账系伪造，取消创建资格并通报", null);
        assertThat(d.state()).isEqualTo(ApplicationState.DISQUALIFIED);
        assertThat(d.disqualifyNotice()).contains("取消创建资格");
        assertThat(d.actions()).isEmpty();
    }

    @Test
    void quotaLimitsTheAcceptedApplications() {
        RoundInfo round = round(2026);
        f.coverage.setTarget(office, new TargetDraft("HG-GW", 2026, 70.0, 1, 0));
        ApplicationInfo a = submitted(round, village);
        ApplicationInfo b = submitted(round, village2);
        act(office, a.id(), Action.ACCEPT, null, LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> act(office, b.id(), Action.ACCEPT, null, LocalDate.of(2026, 2, 1)))
                .isInstanceOf(ConflictException.class).satisfies(zh("名额"));
        f.coverage.setTarget(office, new TargetDraft("HG-GW", 2026, 70.0, 1, 1));
        act(office, b.id(), Action.ACCEPT, null, LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> f.coverage.setTarget(office, new TargetDraft("HG-GW", 2026, 70.0, 1, 3)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.coverage.setTarget(office, new TargetDraft("HG-XT", 2026, 70.0, 1, 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void coveragePerYearAgainstTheTargetsAndTheTownRule() throws Exception {
        designatedVillage(round(2023), village, "HG-GW-DC", 20);
        RoundInfo r2024 = round(2024);
        designatedVillage(r2024, village2, "HG-GW-XC", 20);
        List<CoverageRow> rows = f.coverage.report(leader, null, null);
        assertThat(rows).filteredOn(r -> r.townCode().equals("HG-GW")).extracting(r -> r.year() + ":" + r.designated() + ":" + r.percent() + ":" + r.targetPercent())
                .containsExactly("2022:0:0.0:null", "2023:1:20.0:null", "2024:2:40.0:60.0", "2025:2:40.0:60.0", "2026:2:40.0:60.0");
        assertThat(rows).noneMatch(r -> r.townCode().equals("HG-XT"));
        assertThat(f.coverage.report(village, 2026, null)).extracting(CoverageRow::townCode).containsExactly("HG-GW");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.coverage.exportXlsx(leader, null, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("XLSX 无毒村居覆盖率 5\n");
        assertThat(f.audit).anyMatch(l -> l.startsWith("leader EXPORT coverage"));
        assertThatThrownBy(() -> f.coverage.exportXlsx(village, null, out)).isInstanceOf(AccessDeniedException.class);

        // the city records the town's assessment: 2 of 5 villages is below 80 %, so no title
        TownAssessmentDraft draft = new TownAssessmentDraft("HG-GW", 2026, 88.0, true, null, LocalDate.of(2026, 11, 20), "市禁毒办考评组", "基础扎实");
        assertThatThrownBy(() -> f.titles.recordTownAssessment(office, draft)).isInstanceOf(AccessDeniedException.class);
        TownAssessmentInfo below = f.titles.recordTownAssessment(f.user("city"), draft);
        assertThat(below.coverage()).isEqualTo(40.0);
        assertThat(below.eligible()).isFalse();
        assertThat(below.titleId()).isNull();
        // two more villages designated: 4 of 5 = 80 %
        RoundInfo r2026 = round(2026);
        for (String code : List.of("HG-GW-NS", "HG-GW-BS")) {
            designatedVillage(r2026, office, code, 20);
        }
        TownAssessmentInfo eligible = f.titles.recordTownAssessment(f.user("city"), draft);
        assertThat(eligible.coverage()).isEqualTo(80.0);
        assertThat(eligible.eligible()).isTrue();
        assertThat(f.titles.list(leader, new TitleFilter(Level.TOWN, null, null))).singleElement()
                .satisfies(t -> assertThat(t.orgCode()).isEqualTo("HG-GW"));
        assertThatThrownBy(() -> f.titles.recordTownAssessment(f.user("city"), draft)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aChangeWhoseAuditEntryFailsLeavesNothing() throws Exception {
        RoundInfo round = round(2025);
        ApplicationInfo a = underAssessment(round, village, "HG-GW-DC");
        f.scoring.save(assessor, a.id(), new SheetDraft(fullMarks(f.standards.version(round.standardId())), true));
        act(office, a.id(), Action.CONCLUDE, null, LocalDate.of(2025, 8, 20));
        f.applications.act(office, a.id(), new ActionRequest(Action.SUPERVISE, "措施有力", LocalDate.of(2025, 8, 25), SupervisionRating.EXCELLENT));
        ApplicationInfo b = submitted(round, village2);
        act(office, b.id(), Action.ACCEPT, null, LocalDate.of(2025, 2, 1));
        EvidenceInfo photo = f.evidence.upload(village2, b.id(), "Y4", "宣传栏照片", "宣传栏.pdf",
                new ByteArrayInputStream("%PDF-1.4 test".getBytes(StandardCharsets.ISO_8859_1)));
        long transitions = count("TransitionEntity");
        int entries = f.audit.size();

        f.auditLog.failing = true;
        // the designation: the state, the transition and the new title roll back with their entries
        assertThatThrownBy(() -> act(office, a.id(), Action.DESIGNATE, null, LocalDate.of(2025, 9, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AuditRecorder.failing");
        // new records
        assertThatThrownBy(() -> f.rounds.create(office, new RoundDraft("HG-GW", 2026, Level.VILLAGE, null, null, null)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> f.coverage.setTarget(office, new TargetDraft("HG-GW", 2026, 70.0, 3, 0)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> f.evidence.add(village2, b.id(), new EvidenceDraft("Y4", "建成禁毒宣传栏 2 处")))
                .isInstanceOf(IllegalStateException.class);
        // an upload: the file the store had already checked and kept is removed again
        assertThatThrownBy(() -> f.evidence.upload(village2, b.id(), "Y5", "台账", "台账.pdf",
                new ByteArrayInputStream("%PDF-1.4 ledger".getBytes(StandardCharsets.ISO_8859_1)))).isInstanceOf(IllegalStateException.class);
        // a removal: the record and its file stay
        assertThatThrownBy(() -> f.evidence.delete(village2, photo.id())).isInstanceOf(IllegalStateException.class);
        // a read whose entry cannot be written hands out nothing
        assertThatThrownBy(() -> f.evidence.download(office, photo.id())).isInstanceOf(IllegalStateException.class);
        f.auditLog.failing = false;

        assertThat(f.applications.get(office, a.id()).state()).isEqualTo(ApplicationState.SUPERVISED);
        assertThat(count("TransitionEntity")).isEqualTo(transitions);
        assertThat(count("TitleEntity")).isZero();
        assertThat(count("RoundEntity")).isEqualTo(1);
        assertThat(count("TargetEntity")).isZero();
        assertThat(f.evidence.list(office, b.id())).extracting(EvidenceInfo::id).containsExactly(photo.id());
        assertThat(count("EvidenceEntity")).isEqualTo(1);
        assertThat(f.files.size()).isEqualTo(1);
        assertThat(f.audit).hasSize(entries);
        assertThat(f.events).noneMatch(e -> e.getTopic().equals("portal/assessment/designated"));
        // with the log back, the same step goes through with its entries
        assertThat(act(office, a.id(), Action.DESIGNATE, null, LocalDate.of(2025, 9, 1)).state()).isEqualTo(ApplicationState.DESIGNATED);
        assertThat(f.audit.subList(entries, f.audit.size())).hasSize(2)
                .anyMatch(l -> l.startsWith("office TRANSITION application " + a.id() + " DESIGNATE SUPERVISED → DESIGNATED"))
                .anyMatch(l -> l.startsWith("office CREATE title "));
    }

    // ---------------------------------------------------------------- helpers

    /** Rows of an entity as the database has them, read outside the services. */
    private long count(String entity) {
        EntityManager em = f.emf.createEntityManager();
        try {
            return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    /** The Chinese message (what users read) contains the text. */
    private static ThrowingConsumer<Throwable> zh(String part) {
        return e -> assertThat(((PortalException) e).text().zh()).contains(part);
    }

    private RoundInfo round(int year) {
        return f.rounds.list(office, year).stream().filter(r -> r.level() == Level.VILLAGE).findFirst()
                .orElseGet(() -> f.rounds.create(office, new RoundDraft("HG-GW", year, Level.VILLAGE, null, null, null)));
    }

    private ApplicationInfo act(UserContext user, long id, Action action, String reason, LocalDate on) {
        return f.applications.act(user, id, new ActionRequest(action, reason, on, null));
    }

    private void fill(long id, UserContext user) {
        f.applications.update(user, id, new ApplicationDraft(null, null, "张三", "13800138000", "一、组织领导……", 92.0, "对照六有五无逐项自评"));
    }

    private ApplicationInfo submitted(RoundInfo round, UserContext user) {
        ApplicationInfo a = f.applications.create(user, new ApplicationDraft(round.id(), null, null, null, null, null, null));
        fill(a.id(), user);
        return act(user, a.id(), Action.SUBMIT, null, LocalDate.of(round.year(), 1, 10));
    }

    private ApplicationInfo underAssessment(RoundInfo round, UserContext user, String code) {
        ApplicationInfo a = user.hasRole(org.jindu.portal.api.Role.VILLAGE_STAFF) ? submitted(round, user) : null;
        if (a == null) {
            // the office applies on behalf of villages without demo users: give it the village's permission by a village user
            throw new IllegalStateException("no village user for " + code);
        }
        act(office, a.id(), Action.ACCEPT, null, LocalDate.of(round.year(), 2, 1));
        f.scoring.assign(office, a.id(), List.of(assessor.userId()));
        return act(office, a.id(), Action.OPEN_ASSESSMENT, null, LocalDate.of(round.year(), 8, 10));
    }

    private ApplicationInfo designatedVillage(RoundInfo round, UserContext user, String code, double y6) {
        UserContext applicant = user.hasRole(org.jindu.portal.api.Role.VILLAGE_STAFF) ? user : villageUser(code);
        ApplicationInfo a = underAssessment(round, applicant, code);
        Map<String, SheetItem> items = fullMarks(f.standards.version(round.standardId()));
        items.put("Y6", new SheetItem(y6 - 2, false, "经费基本到位", List.of()));
        f.scoring.save(assessor, a.id(), new SheetDraft(items, true));
        act(office, a.id(), Action.CONCLUDE, null, LocalDate.of(round.year(), 8, 20));
        f.applications.act(office, a.id(), new ActionRequest(Action.SUPERVISE, "措施有力，成效明显", LocalDate.of(round.year(), 8, 25), SupervisionRating.EXCELLENT));
        return act(office, a.id(), Action.DESIGNATE, null, LocalDate.of(round.year(), 9, 1));
    }

    private UserContext villageUser(String code) {
        f.users.add("v-" + code, org.jindu.portal.api.Role.VILLAGE_STAFF, code);
        return f.user("v-" + code);
    }

    private static Map<String, SheetItem> fullMarks(Standard s) {
        Map<String, SheetItem> items = new LinkedHashMap<>();
        for (Standard.Item i : s.items()) {
            items.put(i.code(), i.veto() ? new SheetItem(null, false, null, List.of()) : new SheetItem(i.maxScore(), false, "符合", List.of()));
        }
        return items;
    }
}
