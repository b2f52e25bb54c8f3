package org.jindu.portal.assessment.internal.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.assessment.internal.domain.Level;
import org.jindu.portal.assessment.internal.model.RoundDraft;
import org.jindu.portal.assessment.internal.model.RoundInfo;
import org.jindu.portal.assessment.internal.model.StandardInfo;
import org.jindu.portal.assessment.internal.service.Permissions;
import org.jindu.portal.assessment.internal.service.RoundService;
import org.jindu.portal.assessment.internal.service.StandardService;
import org.jindu.portal.assessment.internal.service.Support;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** 创建轮次 (drug-control office): the yearly rounds with their applications per state; opening a new round. */
@Component(service = ViewContribution.class)
public class RoundsView extends AbstractViewContribution {
    private final Support support;
    private final RoundService rounds;
    private final StandardService standards;

    @Activate
    public RoundsView(@Reference Support support, @Reference RoundService rounds, @Reference StandardService standards) {
        super("assessment/rounds", Permissions.MODULE, Text.of("创建轮次", "Rounds"), Permissions.REVIEW, 30, "CALENDAR");
        this.support = support;
        this.rounds = rounds;
        this.standards = standards;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        Grid<RoundInfo> grid = new Grid<>();
        grid.setId("rounds-grid");
        grid.setSizeFull();
        grid.addColumn(RoundInfo::year).setCaption(ctx.t("年度", "Year")).setWidth(90);
        grid.addColumn(RoundInfo::name).setCaption(ctx.t("轮次", "Round"));
        grid.addColumn(r -> r.standardCode() + " v" + r.standardVersion()).setCaption(ctx.t("标准版本", "Standard"));
        grid.addColumn(r -> r.cycleMonths() + ctx.t(" 个月", " months")).setCaption(ctx.t("创建周期", "Cycle"));
        grid.addColumn(r -> UiKit.date(r.applyUntil())).setCaption(ctx.t("申报截止", "Apply until"));
        grid.addColumn(r -> r.counts().entrySet().stream().map(e -> ctx.t(e.getKey().label()) + " " + e.getValue())
                .collect(Collectors.joining("，"))).setCaption(ctx.t("申报情况", "Applications")).setId("counts");
        Runnable reload = () -> grid.setItems(rounds.list(ctx.user(), null));
        reload.run();
        grid.addItemClickListener(e -> {
            if (e.getMouseEventDetails().isDoubleClick()) {
                ctx.navigate(ApplicationsView.ID, "");
            }
        });
        Button add = new Button(ctx.t("开启新轮次", "Open a round"), e -> create(ctx, reload));
        add.setId("rounds-new");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        VerticalLayout root = new VerticalLayout(UiKit.heading(ctx.t("创建轮次", "Rounds")), new HorizontalLayout(add),
                UiKit.note(ctx.t("每年初开启本年度创建轮次，村居在轮次中申报；轮次开启时的标准版本用于本轮考评。",
                        "Open each year's round early in the year; villages apply to it; the standard version at opening is the one used.")),
                grid);
        root.setId("rounds-view");
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }

    private void create(ViewContext ctx, Runnable reload) {
        int thisYear = support.today().getYear();
        ComboBox<Integer> year = new ComboBox<>(ctx.t("年度", "Year"), IntStream.rangeClosed(thisYear - 3, thisYear + 1).boxed().toList());
        year.setValue(thisYear);
        year.setEmptySelectionAllowed(false);
        ComboBox<Level> level = new ComboBox<>(ctx.t("创建层级", "Level"), Arrays.asList(Level.values()));
        level.setItemCaptionGenerator(l -> ctx.t(l.label()));
        level.setValue(Level.VILLAGE);
        level.setEmptySelectionAllowed(false);
        List<OrgNode> organisers = support.org().root() == null ? List.of() : support.org().subtree(support.org().root().id()).stream()
                .filter(n -> n.level() == OrgLevel.TOWN || n.level() == OrgLevel.CITY)
                .filter(n -> support.permitted(ctx.user(), Permissions.REVIEW, n.id())).toList();
        ComboBox<OrgNode> org = new ComboBox<>(ctx.t("组织单位 (村居创建为镇街，镇街创建为市)", "Organiser (a town for villages, the city for towns)"), organisers);
        org.setItemCaptionGenerator(n -> n.name(ctx.locale()));
        org.setWidth("100%");
        organisers.stream().filter(n -> n.level() == OrgLevel.TOWN).findFirst().ifPresent(org::setValue);
        TextField cycle = new TextField(ctx.t("创建周期 (月，空为默认)", "Cycle in months (empty: default)"));
        DateField until = new DateField(ctx.t("申报截止日期 (可空)", "Apply until (optional)"));
        until.setDateFormat("yyyy-MM-dd");
        ComboBox<StandardInfo> standard = new ComboBox<>(ctx.t("创建标准 (空为该层级默认标准)", "Standard (empty: the level's default)"),
                standards.list(ctx.user(), false));
        standard.setItemCaptionGenerator(s -> s.standard().name() + " v" + s.standard().version());
        standard.setWidth("100%");
        FormLayout form = new FormLayout(year, level, org, cycle, until, standard);
        Map<String, com.vaadin.ui.AbstractComponent> fields = Map.of("year", year, "level", level, "orgCode", org,
                "cycleMonths", cycle, "applyUntil", until, "standardCode", standard);
        Dialogs.open(ctx.t("开启新轮次", "Open a round"), form, ctx.t("保存", "Save"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, fields, () -> rounds.create(ctx.user(), new RoundDraft(
                        org.getValue() == null ? null : org.getValue().code(), year.getValue(), level.getValue(),
                        UiKit.integer(cycle.getValue(), "cycleMonths"), until.getValue(),
                        standard.getValue() == null ? null : standard.getValue().standard().code())), reload));
    }
}
