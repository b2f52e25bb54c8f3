package org.jindu.portal.control.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.DemoContext;
import org.jindu.portal.api.module.DemoDataContributor;
import org.jindu.portal.control.internal.domain.IdNumber;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.model.AssistanceDraft;
import org.jindu.portal.control.internal.model.AssistanceKind;
import org.jindu.portal.control.internal.model.HandoverDraft;
import org.jindu.portal.control.internal.model.PersonDraft;
import org.jindu.portal.control.internal.model.PersonInfo;
import org.jindu.portal.control.internal.model.SearchDraft;
import org.jindu.portal.control.internal.model.SearchInfo;
import org.jindu.portal.control.internal.model.StatusDraft;
import org.jindu.portal.control.internal.model.TestResult;
import org.jindu.portal.control.internal.model.WorkDraft;
import org.jindu.portal.control.internal.model.WorkKind;
import org.jindu.portal.control.internal.service.HandoverService;
import org.jindu.portal.control.internal.service.Permissions;
import org.jindu.portal.control.internal.service.PersonService;
import org.jindu.portal.control.internal.service.SearchService;
import org.jindu.portal.control.internal.service.Support;
import org.jindu.portal.control.internal.service.WorkService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Fictional persons of the demo town in every status and tier, with visits, tests, a positive test with its open
 * proposal, overdue work, custody duties, assistance, a handover waiting for 西村村, a 清零 search with its actions and
 * an open 清隐 case. Names read "某(演示)" and ID
 * numbers use the area code 990101, which no real place has, with a valid check digit. Dates count back from today,
 * so the demo stays alive. Made through the services, as the office and the village users.
 */
@Component(service = DemoDataContributor.class)
public class ControlDemoData implements DemoDataContributor {
    private final Support support;
    private final PersonService persons;
    private final WorkService work;
    private final HandoverService handovers;
    private final SearchService searches;

    @Activate
    public ControlDemoData(@Reference Support support, @Reference PersonService persons, @Reference WorkService work,
                           @Reference HandoverService handovers, @Reference SearchService searches) {
        this.support = support;
        this.persons = persons;
        this.work = work;
        this.handovers = handovers;
        this.searches = searches;
    }

    @Override
    public String id() {
        return "control.v1";
    }

    @Override
    public void load(DemoContext ctx) {
        UserContext office = ctx.user("office");
        UserContext village = ctx.user("village");
        LocalDate t = support.today();

        PersonInfo zhang = person(office, "张某(演示)", "19850315001", "HG-GW-DC", "HG-GW-DC", Status.COMMUNITY_DETOX, t.minusMonths(14), Tier.B, "冰毒");
        if (zhang != null) {
            visit(office, zhang, t.minusDays(6), "在家，情绪稳定，已就业");
            test(office, zhang, t.minusDays(20), TestResult.NEGATIVE);
            work.assist(office, zhang.id(), new AssistanceDraft(AssistanceKind.EMPLOYMENT, t.minusMonths(3), "镇就业服务中心", null, "推荐至物流公司上岗"));
        }
        PersonInfo li = person(office, "李某(演示)", "19900702002", "HG-GW-DC", "HG-GW-DC", Status.COMMUNITY_DETOX, t.minusMonths(8), Tier.A, "海洛因");
        if (li != null) {
            visit(office, li, t.minusDays(20), "本人外出务工，家属在家");
            test(office, li, t.minusDays(25), TestResult.NEGATIVE);
        }
        PersonInfo wang = person(office, "王某(演示)", "19880110003", "HG-GW-DC", "HG-GW-DC", Status.COMMUNITY_REHAB, t.minusYears(1), Tier.C1, "冰毒、K粉");
        if (wang != null) {
            visit(office, wang, t.minusDays(12), null);
            test(office, wang, t.minusDays(4), TestResult.POSITIVE);
        }
        PersonInfo zhao = person(office, "赵某(演示)", "19790918004", "HG-GW-XC", "HG-GW-XC", Status.RELEASED, t.minusYears(2), Tier.C2, "海洛因");
        if (zhao != null) {
            visit(office, zhao, t.minusDays(30), "务农，家庭关系良好");
            test(office, zhao, t.minusDays(60), TestResult.NEGATIVE);
            work.assist(office, zhao.id(), new AssistanceDraft(AssistanceKind.SOCIAL_INSURANCE, t.minusMonths(5), "镇社会保障所", null, "已纳入城乡居民医保"));
            work.assist(office, zhao.id(), new AssistanceDraft(AssistanceKind.SUBSIDY, t.minusMonths(2), "镇禁毒帮扶基金", new BigDecimal("800.00"), "临时困难救助"));
        }
        person(office, "钱某(演示)", "19950206005", "HG-GW-XC", "HG-GW-XC", Status.COMPULSORY_DETOX, t.minusMonths(10), Tier.A, "冰毒");
        PersonInfo sun = person(office, "孙某(演示)", "19870423006", "HG-GW-NS", "HG-GW-NS", Status.LOST_CONTACT, t.minusMonths(3), Tier.A, "海洛因");
        if (sun != null) {
            searches.list(office).stream().filter(c -> sun.id() == (c.personId() == null ? -1 : c.personId())).findFirst().ifPresent(c -> {
                searches.addAction(office, c.id(), t.minusMonths(2), "走访家属，称其外出务工，去向不明");
                searches.addAction(office, c.id(), t.minusMonths(1), "协调派出所核查住宿、出行信息");
            });
            SearchInfo hidden = searches.open(office, new SearchDraft("HIDDEN", null, "HG-GW-NS", "网格员走访 (演示)",
                    "出租屋住户疑似吸毒，尚未建档", t.minusDays(10)));
            searches.addAction(office, hidden.id(), t.minusDays(8), "会同派出所上门核查，已采集尿样");
        }
        person(office, "周某(演示)", "19750812007", "HG-GW-NS", "HG-GW-NS", Status.ABSTINENT, t.minusMonths(6), Tier.C2, "海洛因");
        PersonInfo wu = person(office, "吴某(演示)", "19981130008", "HG-GW-BS", "HG-GW-BS", Status.VOLUNTARY_DETOX, t.minusMonths(2), Tier.B, "冰毒");
        if (wu != null) {
            work.assist(office, wu.id(), new AssistanceDraft(AssistanceKind.TRAINING, t.minusMonths(1), "镇职业技能培训学校", null, "参加电工培训，在读"));
        }
        person(office, "郑某(演示)", "19920527009", "HG-GW-BS", "HG-GW-BS", Status.IN_CUSTODY, t.minusMonths(5), Tier.B, "冰毒");
        PersonInfo feng = outsider(office, "冯某(演示)", "19830101010", "HG-GW-SG", Status.COMMUNITY_DETOX, t.minusMonths(30), Tier.C1, "冰毒");
        if (feng != null) {
            visit(office, feng, t.minusDays(15), null);
            test(office, feng, t.minusDays(40), TestResult.NEGATIVE);
        }
        PersonInfo chen = person(office, "陈某(演示)", "19700305011", "HG-GW-SJ", "HG-GW-SJ", Status.RELEASED, t.minusYears(4), Tier.C2, "海洛因");
        if (chen != null) {
            persons.changeStatus(office, chen.id(), new StatusDraft(Status.DECEASED, t.minusMonths(7), "死亡证明 (演示)", "病故"));
        }
        PersonInfo wei = person(office, "卫某(演示)", "19930618012", "HG-GW-DC", "HG-GW-DC", Status.COMMUNITY_DETOX, t.minusMonths(6), Tier.C1, "冰毒");
        if (wei != null) {
            visit(office, wei, t.minusDays(9), "拟迁居西村村");
            handovers.request(village, new HandoverDraft(wei.id(), "HG-GW-XC", null, "本人已在西村村租房居住，申请移交居住地管控"));
        }
    }

    /** A person living where he is registered; {@code null} when the demo ran before (the ID number exists). */
    private PersonInfo person(UserContext office, String name, String birthAndSeq, String household, String residence, Status status,
                              LocalDate since, Tier tier, String drugs) {
        String id = IdNumber.withCheckDigit("990101" + birthAndSeq);
        if (persons.findByIdNumber(office, id, Permissions.READ).isPresent()) {
            return null;
        }
        return persons.create(office, new PersonDraft(name, id, "13800130" + birthAndSeq.substring(8), household, null, residence, null, null,
                null, worker(residence), drugs, since, status, since, "演示决定书 " + birthAndSeq.substring(8),
                tier, "建档初评 (演示)", null));
    }

    /** A person registered outside the town who lives in {@code residence}. */
    private PersonInfo outsider(UserContext office, String name, String birthAndSeq, String residence, Status status,
                              LocalDate since, Tier tier, String drugs) {
        String id = IdNumber.withCheckDigit("990101" + birthAndSeq);
        if (persons.findByIdNumber(office, id, Permissions.READ).isPresent()) {
            return null;
        }
        return persons.create(office, new PersonDraft(name, id, null, null, "外省某县 (演示)", residence, null, null, null,
                worker(residence), drugs, since, status, since, "演示决定书 " + birthAndSeq.substring(8),
                tier, "建档初评 (演示)", "户籍地在外省，居住地管控"));
    }

    private String worker(String village) {
        return support.org().nodeByCode(village).map(n -> n.name()).orElse("") + "社工";
    }

    private void visit(UserContext user, PersonInfo p, LocalDate date, String note) {
        work.record(user, p.id(), new WorkDraft(WorkKind.VISIT, date, null, null, null, note));
    }

    private void test(UserContext user, PersonInfo p, LocalDate date, TestResult result) {
        work.record(user, p.id(), new WorkDraft(WorkKind.URINE_TEST, date, result, null, "港湾派出所 (演示)", null));
    }
}
