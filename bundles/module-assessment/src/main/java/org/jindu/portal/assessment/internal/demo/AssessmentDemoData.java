package org.jindu.portal.assessment.internal.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.DemoContext;
import org.jindu.portal.api.module.DemoDataContributor;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.assessment.internal.domain.Action;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.domain.Level;
import org.jindu.portal.assessment.internal.domain.Standard;
import org.jindu.portal.assessment.internal.domain.SupervisionRating;
import org.jindu.portal.assessment.internal.domain.Titles;
import org.jindu.portal.assessment.internal.model.ActionRequest;
import org.jindu.portal.assessment.internal.model.ApplicationDraft;
import org.jindu.portal.assessment.internal.model.ApplicationFilter;
import org.jindu.portal.assessment.internal.model.ApplicationInfo;
import org.jindu.portal.assessment.internal.model.EvidenceDraft;
import org.jindu.portal.assessment.internal.model.ReviewDraft;
import org.jindu.portal.assessment.internal.model.RevocationDraft;
import org.jindu.portal.assessment.internal.model.RoundDraft;
import org.jindu.portal.assessment.internal.model.RoundInfo;
import org.jindu.portal.assessment.internal.model.SheetDraft;
import org.jindu.portal.assessment.internal.model.SheetItem;
import org.jindu.portal.assessment.internal.model.TargetDraft;
import org.jindu.portal.assessment.internal.model.TitleFilter;
import org.jindu.portal.assessment.internal.model.TitleInfo;
import org.jindu.portal.assessment.internal.service.ApplicationService;
import org.jindu.portal.assessment.internal.service.CoverageService;
import org.jindu.portal.assessment.internal.service.EvidenceService;
import org.jindu.portal.assessment.internal.service.RoundService;
import org.jindu.portal.assessment.internal.service.ScoringService;
import org.jindu.portal.assessment.internal.service.StandardService;
import org.jindu.portal.assessment.internal.service.Support;
import org.jindu.portal.assessment.internal.service.TitleService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo town's creation history over the last three years and this one, made through the services so that every
 * record, transition and audit entry is real: designated villages, one declined on a veto item, one rejected, yellow
 * cards and a revocation, and this year's applications in several states (one under assessment for the demo assessor,
 * one submitted for the office, one in implementation with evidence). The demo village 东村村 has none, so that its
 * user can apply. Villages without a demo user apply through a stand-in village user.
 */
@Component(service = DemoDataContributor.class)
public class AssessmentDemoData implements DemoDataContributor {
    private static final String TOWN = "HG-GW";

    private final Support support;
    private final StandardService standards;
    private final RoundService rounds;
    private final ApplicationService applications;
    private final ScoringService scoring;
    private final EvidenceService evidence;
    private final TitleService titles;
    private final CoverageService coverage;

    @Activate
    public AssessmentDemoData(@Reference Support support, @Reference StandardService standards, @Reference RoundService rounds,
                              @Reference ApplicationService applications, @Reference ScoringService scoring,
                              @Reference EvidenceService evidence, @Reference TitleService titles, @Reference CoverageService coverage) {
        this.support = support;
        this.standards = standards;
        this.rounds = rounds;
        this.applications = applications;
        this.scoring = scoring;
        this.evidence = evidence;
        this.titles = titles;
        this.coverage = coverage;
    }

    @Override
    public String id() {
        return "assessment.v1";
    }

    @Override
    public void load(DemoContext ctx) throws Exception {
        UserContext office = ctx.user("office");
        UserContext assessor = ctx.user("assessor");
        UserContext village2 = ctx.user("village2");
        int y = support.today().getYear();
        Demo d = new Demo(office, assessor);

        coverage.setTarget(office, new TargetDraft(TOWN, y - 3, 30.0, 4, null));
        coverage.setTarget(office, new TargetDraft(TOWN, y - 2, 60.0, 4, 1));
        coverage.setTarget(office, new TargetDraft(TOWN, y - 1, 60.0, 3, null));
        coverage.setTarget(office, new TargetDraft(TOWN, y, 70.0, 4, 1));

        d.designated(y - 3, "HG-GW-NS", 0);
        d.designated(y - 3, "HG-GW-SG", 2);
        d.declinedOnVeto(y - 3, "HG-GW-BS");
        d.designated(y - 2, "HG-GW-XM", 4);
        d.designated(y - 2, "HG-GW-HP", 1);
        d.rejected(y - 2, "HG-GW-YX", "创建工作方案不具体，未明确时间表和责任人，请完善后下一年度再申报");
        d.designated(y - 1, "HG-GW-FT", 3);

        titles.recordSignal(support.org().nodeByCode(TOWN).orElseThrow().id(), y - 1, "wastewater", "较高",
                "污水监测：甲基苯丙胺负荷高于全市均值 (演示数据)");
        d.review("HG-GW-NS", y - 2, Titles.Outcome.YELLOW_CARD, Titles.YellowCardReason.LOW_RANKING, 9, null, "年度禁毒工作考核排名第 9 (共 10)");
        d.review("HG-GW-NS", y - 1, Titles.Outcome.YELLOW_CARD, Titles.YellowCardReason.HIGH_WASTEWATER, null, "较高", null);
        d.revoke("HG-GW-NS", LocalDate.of(y, 1, 20));
        d.review("HG-GW-SG", y - 2, Titles.Outcome.RETAINED, null, null, null, "工作扎实，保留称号");
        d.review("HG-GW-SG", y - 1, Titles.Outcome.RETAINED, null, null, null, null);
        d.review("HG-GW-XM", y - 1, Titles.Outcome.YELLOW_CARD, Titles.YellowCardReason.LOW_RANKING, 8, null, "考核排名靠后，限期整改");
        d.review("HG-GW-HP", y - 1, Titles.Outcome.RETAINED, null, null, null, null);

        d.underAssessment(y, "HG-GW-XC", village2);
        d.submitted(y, "HG-GW-SJ");
        d.inImplementation(y, "HG-GW-YX");
        d.draft(y, "HG-GW-BS");
    }

    /** The steps of the scenarios, each skipped when its application exists already (a re-run after a crash). */
    private final class Demo {
        private final UserContext office;
        private final UserContext assessor;

        Demo(UserContext office, UserContext assessor) {
            this.office = office;
            this.assessor = assessor;
        }

        void designated(int year, String code, int deduction) {
            ApplicationInfo a = assessed(year, code, villageUser(code), deduction, false);
            if (a != null) {
                supervise(a, year, SupervisionRating.EXCELLENT, "工作举措有力，台账规范，群众知晓率高");
                act(a, Action.DESIGNATE, null, LocalDate.of(year, 9, 10));
            }
        }

        void declinedOnVeto(int year, String code) {
            ApplicationInfo a = assessed(year, code, villageUser(code), 5, true);
            if (a != null) {
                supervise(a, year, SupervisionRating.FAIR, "基础工作尚可，但辖区发生贩毒案件");
                act(a, Action.DECLINE, "考评中否决项「无贩毒活动」未达标，不予确定示范", LocalDate.of(year, 9, 10));
            }
        }

        void rejected(int year, String code, String reason) {
            ApplicationInfo a = submitted(year, code, villageUser(code));
            if (a != null) {
                act(a, Action.REJECT, reason, LocalDate.of(year, 1, 25));
            }
        }

        void underAssessment(int year, String code, UserContext villager) {
            ApplicationInfo a = implementation(year, code, villager);
            if (a != null && !a.cycleEnd().isAfter(support.today())) {
                act(a, Action.OPEN_ASSESSMENT, null, LocalDate.of(year, 8, 5));
            }
        }

        void submitted(int year, String code) {
            submitted(year, code, villageUser(code));
        }

        void inImplementation(int year, String code) {
            implementation(year, code, villageUser(code));
        }

        void draft(int year, String code) {
            UserContext villager = villageUser(code);
            if (!exists(year, code)) {
                applications.create(villager, new ApplicationDraft(round(year).id(), code, "陈主任", "13700137001",
                        "(草稿) 吸取上一轮未通过的教训，重点整治辖区涉毒风险点……", null, null));
            }
        }

        private ApplicationInfo implementation(int year, String code, UserContext villager) {
            ApplicationInfo a = submitted(year, code, villager);
            if (a == null) {
                return null;
            }
            act(a, Action.ACCEPT, null, LocalDate.of(year, 2, 1));
            scoring.assign(office, a.id(), List.of(assessor.userId()));
            evidence.add(villager, a.id(), new EvidenceDraft("Y1", "调整禁毒工作领导小组，党支部书记任组长，明确分工"));
            evidence.add(villager, a.id(), new EvidenceDraft("Y4", "新建禁毒宣传栏 2 处，开展宣传活动 5 次"));
            evidence.upload(villager, a.id(), "Y4", "宣传活动照片汇编", "宣传活动汇编.pdf",
                    new ByteArrayInputStream(pdf("Publicity activities " + code).getBytes(StandardCharsets.ISO_8859_1)));
            return applications.get(office, a.id());
        }

        private ApplicationInfo submitted(int year, String code, UserContext villager) {
            if (exists(year, code)) {
                return null;
            }
            ApplicationInfo a = applications.create(villager, new ApplicationDraft(round(year).id(), code, "李书记",
                    String.format("138%08d", Math.abs(code.hashCode()) % 100_000_000),
                    "一、成立创建工作领导小组；二、对照“六有五无”逐项落实；三、每季度排查涉毒风险；四、建立创建台账。",
                    88.0, "对照标准逐项自评，组织、制度、队伍、阵地基本齐全，经费已列入预算。"));
            return act(a, Action.SUBMIT, null, LocalDate.of(year, 1, 10));
        }

        private ApplicationInfo assessed(int year, String code, UserContext villager, int deduction, boolean veto) {
            ApplicationInfo a = implementation(year, code, villager);
            if (a == null) {
                return null;
            }
            act(a, Action.OPEN_ASSESSMENT, null, LocalDate.of(year, 8, 5));
            Standard s = standards.version(round(year).standardId());
            Map<String, SheetItem> items = new LinkedHashMap<>();
            int left = deduction;
            for (Standard.Item i : s.items()) {
                if (i.veto()) {
                    boolean violated = veto && i.code().equals("W3");
                    items.put(i.code(), new SheetItem(null, violated, violated ? "辖区发生贩毒案件 1 起" : null, List.of()));
                } else {
                    double off = Math.min(left, 3);
                    left -= (int) off;
                    items.put(i.code(), new SheetItem(i.maxScore() - off, false, off > 0 ? "部分台账不完整" : "符合要求", List.of()));
                }
            }
            scoring.save(assessor, a.id(), new SheetDraft(items, true));
            return act(a, Action.CONCLUDE, null, LocalDate.of(year, 8, 20));
        }

        private void supervise(ApplicationInfo a, int year, SupervisionRating rating, String opinion) {
            applications.act(office, a.id(), new ActionRequest(Action.SUPERVISE, opinion, capped(LocalDate.of(year, 8, 28)), rating));
        }

        void review(String code, int year, Titles.Outcome outcome, Titles.YellowCardReason reason, Integer ranking, String level, String note) {
            TitleInfo t = title(code);
            if (t != null && t.status() == Titles.Status.ACTIVE && t.reviews().stream().noneMatch(r -> r.year() == year)) {
                titles.review(office, t.id(), new ReviewDraft(year, outcome, reason, ranking, level, note));
            }
        }

        void revoke(String code, LocalDate on) {
            TitleInfo t = title(code);
            if (t != null && t.status() == Titles.Status.REVOCATION_PROPOSED) {
                titles.revoke(office, t.id(), new RevocationDraft(Titles.RevocationReason.TWO_YELLOW_CARDS, "连续两年黄牌警告，经镇禁毒委研究取消称号", capped(on)));
            }
        }

        private TitleInfo title(String code) {
            return titles.list(office, new TitleFilter(Level.VILLAGE, null, code)).stream().findFirst().orElse(null);
        }

        private ApplicationInfo act(ApplicationInfo a, Action action, String reason, LocalDate on) {
            UserContext actor = action == Action.SUBMIT || action == Action.WITHDRAW ? villageUser(a.orgCode()) : office;
            return applications.act(actor, a.id(), new ActionRequest(action, reason, capped(on), null));
        }

        private boolean exists(int year, String code) {
            return applications.list(office, new ApplicationFilter(round(year).id(), null, null, code, false)).stream()
                    .anyMatch(x -> x.state() != ApplicationState.WITHDRAWN);
        }

        private RoundInfo round(int year) {
            return rounds.list(office, year).stream().filter(r -> r.level() == Level.VILLAGE).findFirst()
                    .orElseGet(() -> rounds.create(office, new RoundDraft(TOWN, year, Level.VILLAGE, null, null, null)));
        }

        /** A stand-in for the village's staff: the demo has user accounts for two villages only. */
        private UserContext villageUser(String code) {
            OrgNode n = support.org().nodeByCode(code).orElseThrow();
            return new UserContext(office.userId(), "demo-" + code.toLowerCase(Locale.ROOT), n.name() + "(演示)",
                    Set.of(Role.VILLAGE_STAFF), Set.of(n.id()), Set.of(), Locale.SIMPLIFIED_CHINESE);
        }

        /** Dates of this year's steps never lie in the future. */
        private LocalDate capped(LocalDate d) {
            return d.isAfter(support.today()) ? support.today() : d;
        }
    }

    /** The smallest PDF a viewer opens: one empty page. */
    static String pdf(String title) {
        return "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n4 0 obj<</Title(" + title + ")>>endobj\n"
                + "trailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n";
    }
}
