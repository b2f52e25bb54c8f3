package org.jindu.portal.assessment.internal.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.assessment.internal.domain.Titles;
import org.jindu.portal.assessment.internal.model.ApplicationInfo;
import org.jindu.portal.assessment.internal.model.ReviewDraft;
import org.jindu.portal.assessment.internal.model.RevocationDraft;
import org.jindu.portal.assessment.internal.model.SignalInfo;
import org.jindu.portal.assessment.internal.model.TitleFilter;
import org.jindu.portal.assessment.internal.model.TitleInfo;
import org.jindu.portal.assessment.internal.model.TownAssessmentDraft;
import org.jindu.portal.assessment.internal.model.TownAssessmentInfo;
import org.jindu.portal.assessment.internal.model.VillageHistory;
import org.jindu.portal.assessment.internal.service.Permissions;
import org.jindu.portal.assessment.internal.service.Support;
import org.jindu.portal.assessment.internal.service.TitleService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 称号管理: the titles of the user's area with their annual reviews (CA-7, CA-8): the annual review with yellow cards,
 * revocation for the plan's reasons, a unit's title history, and the town assessments the city records.
 */
@Component(service = ViewContribution.class)
public class TitlesView extends AbstractViewContribution {
    private final Support support;
    private final TitleService titles;

    @Activate
    public TitlesView(@Reference Support support, @Reference TitleService titles) {
        super("assessment/titles", Permissions.MODULE, Text.of("称号管理", "Titles"), Permissions.READ, 40, "TROPHY");
        this.support = support;
        this.titles = titles;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        CheckBox revoked = new CheckBox(ctx.t("含已取消", "Include revoked"), true);
        Grid<TitleInfo> grid = new Grid<>();
        grid.setId("titles-grid");
        grid.setSizeFull();
        grid.addColumn(TitleInfo::orgName).setCaption(ctx.t("单位", "Unit")).setId("org");
        grid.addColumn(TitleInfo::titleName).setCaption(ctx.t("称号", "Title"));
        grid.addColumn(t -> UiKit.date(t.awardedOn())).setCaption(ctx.t("命名日期", "Awarded"));
        grid.addColumn(TitleInfo::statusLabel).setCaption(ctx.t("状态", "Status")).setId("status");
        grid.addColumn(t -> t.reviews().stream().map(r -> r.year() + " " + ctx.t(r.outcome().label())).collect(Collectors.joining("；")))
                .setCaption(ctx.t("年度复核", "Reviews")).setId("reviews");
        grid.addColumn(t -> t.revokedOn() == null ? UiKit.text(t.proposalNote())
                : UiKit.date(t.revokedOn()) + " " + ctx.t(t.revocationReason().label())).setCaption(ctx.t("取消/拟取消", "Revocation"));
        Runnable reload = () -> grid.setItems(titles.list(ctx.user(), TitleFilter.all()).stream()
                .filter(t -> revoked.getValue() || t.status() != Titles.Status.REVOKED).toList());
        revoked.addValueChangeListener(e -> reload.run());
        reload.run();

        Button history = new Button(ctx.t("称号历史", "History"), e -> selected(grid).ifPresent(t -> history(ctx, t)));
        history.setId("titles-history");
        HorizontalLayout bar = new HorizontalLayout(revoked, history);
        bar.setDefaultComponentAlignment(com.vaadin.ui.Alignment.MIDDLE_LEFT);
        if (support.permitted(ctx.user(), Permissions.TITLE_MANAGE)) {
            Button review = new Button(ctx.t("年度复核", "Annual review"), e -> selected(grid).ifPresent(t -> review(ctx, t, reload)));
            review.setId("titles-review");
            review.addStyleName(ValoTheme.BUTTON_PRIMARY);
            Button revoke = new Button(ctx.t("取消称号", "Revoke"), e -> selected(grid).ifPresent(t -> revoke(ctx, t, reload)));
            revoke.setId("titles-revoke");
            revoke.addStyleName(ValoTheme.BUTTON_DANGER);
            bar.addComponents(review, revoke);
        }
        VerticalLayout root = new VerticalLayout(UiKit.heading(ctx.t("称号管理", "Titles")), bar, grid);
        root.setExpandRatio(grid, 1);
        root.addComponent(townAssessments(ctx));
        root.setId("titles-view");
        root.setSizeFull();
        return root;
    }

    private static java.util.Optional<TitleInfo> selected(Grid<TitleInfo> grid) {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void review(ViewContext ctx, TitleInfo t, Runnable reload) {
        int thisYear = support.today().getYear();
        ComboBox<Integer> year = new ComboBox<>(ctx.t("复核年度", "Year"),
                IntStream.rangeClosed(t.awardedOn().getYear() + 1, thisYear).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        year.setEmptySelectionAllowed(false);
        year.setId("review-year");
        RadioButtonGroup<Titles.Outcome> outcome = new RadioButtonGroup<>(ctx.t("复核结论", "Outcome"), Arrays.asList(Titles.Outcome.values()));
        outcome.setItemCaptionGenerator(o -> ctx.t(o.label()));
        outcome.setValue(Titles.Outcome.RETAINED);
        outcome.setId("review-outcome");
        ComboBox<Titles.YellowCardReason> reason = new ComboBox<>(ctx.t("黄牌原因", "Reason of the yellow card"),
                Arrays.asList(Titles.YellowCardReason.values()));
        reason.setItemCaptionGenerator(r -> ctx.t(r.label()));
        reason.setWidth("100%");
        TextField ranking = new TextField(ctx.t("年度考核排名", "Annual ranking"));
        TextField wastewater = new TextField(ctx.t("污水检测滥用水平", "Wastewater abuse level"));
        Label signals = UiKit.note("");
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                List<SignalInfo> found = titles.signals(ctx.user(), t.id(), e.getValue());
                signals.setValue(found.isEmpty() ? "" : ctx.t("情报模块预警：", "Alerts: ") + found.stream()
                        .map(s -> s.orgName() + " " + UiKit.text(s.level()) + " " + UiKit.text(s.detail())).collect(Collectors.joining("；")));
                if (!found.isEmpty() && wastewater.isEmpty()) {
                    wastewater.setValue(UiKit.text(found.get(0).level()));
                }
            }
        });
        if (thisYear > t.awardedOn().getYear()) {
            year.setValue(thisYear);
        }
        TextArea note = new TextArea(ctx.t("说明", "Note"));
        note.setRows(2);
        note.setWidth("100%");
        FormLayout form = new FormLayout(new Label(t.orgName() + " · " + t.titleName()), year, outcome, reason, ranking, wastewater, signals, note,
                UiKit.note(ctx.t("连续两个年度黄牌警告将自动提出取消称号。", "A second yellow card in a row proposes the revocation.")));
        Map<String, com.vaadin.ui.AbstractComponent> fields = Map.of("year", year, "outcome", outcome, "yellowReason", reason,
                "ranking", ranking, "wastewaterLevel", wastewater, "note", note);
        Dialogs.open(ctx.t("年度复核", "Annual review"), form, ctx.t("保存", "Save"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, fields, () -> titles.review(ctx.user(), t.id(), new ReviewDraft(year.getValue(), outcome.getValue(),
                        reason.getValue(), UiKit.integer(ranking.getValue(), "ranking"), wastewater.getValue(), note.getValue())), reload));
    }

    private void revoke(ViewContext ctx, TitleInfo t, Runnable reload) {
        ComboBox<Titles.RevocationReason> reason = new ComboBox<>(ctx.t("取消原因", "Reason"), Arrays.asList(Titles.RevocationReason.values()));
        reason.setItemCaptionGenerator(r -> ctx.t(r.label()));
        reason.setWidth("100%");
        reason.setId("revoke-reason");
        if (t.status() == Titles.Status.REVOCATION_PROPOSED) {
            reason.setValue(Titles.RevocationReason.TWO_YELLOW_CARDS);
        }
        TextArea note = new TextArea(ctx.t("情况说明", "What happened"));
        note.setRows(3);
        note.setWidth("100%");
        DateField on = new DateField(ctx.t("取消日期", "Date"), support.today());
        on.setDateFormat("yyyy-MM-dd");
        FormLayout form = new FormLayout(new Label(t.orgName() + " · " + t.titleName()), reason, note, on,
                UiKit.note(ctx.t("称号被取消后，须在新一轮 (之后年度) 创建中重新申报。", "A revoked unit must apply again in a later round.")));
        Dialogs.open(ctx.t("取消称号", "Revoke the title"), form, ctx.t("确定取消", "Revoke"), ctx.t("返回", "Back"),
                () -> Dialogs.save(ctx, Map.of("reason", reason, "note", note, "effectiveOn", on),
                        () -> titles.revoke(ctx.user(), t.id(), new RevocationDraft(reason.getValue(), note.getValue(), on.getValue())), reload));
    }

    private void history(ViewContext ctx, TitleInfo t) {
        VillageHistory h;
        try {
            h = titles.history(ctx.user(), t.orgCode());
        } catch (PortalException e) {
            ctx.showError(e);
            return;
        }
        VerticalLayout box = new VerticalLayout();
        for (TitleInfo held : h.titles()) {
            box.addComponent(new Label(held.titleName() + "：" + UiKit.date(held.awardedOn()) + " " + ctx.t("命名", "awarded") + "，" + held.statusLabel()
                    + (held.revokedOn() == null ? "" : "，" + UiKit.date(held.revokedOn()) + " " + ctx.t("取消", "revoked") + " (" + ctx.t(held.revocationReason().label()) + ")")));
            held.reviews().forEach(r -> box.addComponent(UiKit.note("　" + r.year() + " " + ctx.t("年度复核：", " review: ") + ctx.t(r.outcome().label())
                    + (r.yellowReason() == null ? "" : " (" + ctx.t(r.yellowReason().label()) + ")") + (r.note() == null ? "" : " " + r.note()))));
        }
        for (ApplicationInfo a : h.applications()) {
            box.addComponent(new Label(a.year() + ctx.t("年申报：", " application: ") + a.stateLabel()
                    + (a.totalScore() == null ? "" : "，" + ctx.t("得分 ", "score ") + Ui.score(a.totalScore()))));
        }
        Window w = new Window(h.orgName() + " · " + ctx.t("称号历史", "Title history"), box);
        w.setWidth("640px");
        w.setModal(true);
        UI.getCurrent().addWindow(w);
    }

    private com.vaadin.ui.Component townAssessments(ViewContext ctx) {
        List<TownAssessmentInfo> rows = titles.townAssessments(ctx.user(), null);
        boolean city = support.permitted(ctx.user(), Permissions.TOWN_RECORD) && ctx.user().scopeNodeIds().stream()
                .map(support::node).anyMatch(n -> n.level() == OrgLevel.CITY);
        if (rows.isEmpty() && !city) {
            return new Label("");
        }
        Grid<TownAssessmentInfo> grid = new Grid<>();
        grid.setId("town-assessments-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(rows.size(), 6)));
        grid.addColumn(TownAssessmentInfo::townName).setCaption(ctx.t("镇街", "Town"));
        grid.addColumn(TownAssessmentInfo::year).setCaption(ctx.t("年度", "Year"));
        grid.addColumn(a -> Ui.score(a.score()) + (a.standardPassed() ? ctx.t(" 达标", " passed") : ctx.t(" 未达标", " failed"))).setCaption(ctx.t("考评", "Assessment"));
        grid.addColumn(a -> Ui.score(a.coverage()) + "% / " + Ui.score(a.threshold()) + "%").setCaption(ctx.t("村居覆盖率/要求", "Coverage / required"));
        grid.addColumn(a -> a.eligible() ? ctx.t("确定为无毒镇街", "Designated") : ctx.t("未确定", "Not designated")).setCaption(ctx.t("结果", "Outcome"));
        grid.setItems(rows);
        VerticalLayout box = new VerticalLayout(UiKit.heading(ctx.t("镇街考评 (市级)", "Town assessments (city)")), grid);
        box.setMargin(false);
        if (city) {
            Button record = new Button(ctx.t("录入镇街考评结果", "Record a town's assessment"), e -> recordTown(ctx));
            record.setId("town-record");
            box.addComponent(record, 1);
        }
        return box;
    }

    private void recordTown(ViewContext ctx) {
        List<OrgNode> towns = support.org().nodesAtLevel(OrgLevel.TOWN).stream()
                .filter(t -> t.parentId() != null && support.permitted(ctx.user(), Permissions.TOWN_RECORD, t.parentId())).toList();
        ComboBox<OrgNode> town = new ComboBox<>(ctx.t("镇街", "Town"), towns);
        town.setItemCaptionGenerator(n -> n.name(ctx.locale()));
        ComboBox<Integer> year = new ComboBox<>(ctx.t("年度", "Year"), IntStream.rangeClosed(support.today().getYear() - 3, support.today().getYear())
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        year.setValue(support.today().getYear());
        TextField score = new TextField(ctx.t("得分", "Score"));
        CheckBox passed = new CheckBox(ctx.t("达到“六有六无两不”标准", "Passed the town standard"));
        TextField veto = new TextField(ctx.t("否决项情况", "Veto items"));
        DateField on = new DateField(ctx.t("考评日期", "Date"), LocalDate.now());
        on.setDateFormat("yyyy-MM-dd");
        TextField assessor = new TextField(ctx.t("考评单位", "Assessed by"), ctx.t("市禁毒办考评组", "City assessment team"));
        TextArea opinion = new TextArea(ctx.t("考评意见", "Opinion"));
        opinion.setRows(3);
        opinion.setWidth("100%");
        FormLayout form = new FormLayout(town, year, score, passed, veto, on, assessor, opinion,
                UiKit.note(ctx.t("达标且辖区无毒村居覆盖率达到要求时，自动确定为无毒镇街。", "A town that passed and has the required village coverage is designated.")));
        Map<String, com.vaadin.ui.AbstractComponent> fields = Map.of("townCode", town, "year", year, "score", score,
                "standardPassed", passed, "vetoNote", veto, "assessedOn", on, "assessor", assessor, "opinion", opinion);
        Dialogs.open(ctx.t("录入镇街考评结果", "Record a town's assessment"), form, ctx.t("保存", "Save"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, fields, () -> {
                    TownAssessmentInfo r = titles.recordTownAssessment(ctx.user(), new TownAssessmentDraft(
                            town.getValue() == null ? null : town.getValue().code(), year.getValue(), UiKit.number(score.getValue(), "score"),
                            passed.getValue(), veto.getValue(), on.getValue(), assessor.getValue(), opinion.getValue()));
                    ctx.showInfo(r.eligible() ? Text.of("已确定为无毒镇街", "Designated a drug-free town")
                            : Text.of("覆盖率 " + Ui.score(r.coverage()) + "% 或考评未达标，暂不能确定", "Coverage or result insufficient: not designated"));
                }, () -> ctx.navigate("assessment/titles", "")));
    }
}
