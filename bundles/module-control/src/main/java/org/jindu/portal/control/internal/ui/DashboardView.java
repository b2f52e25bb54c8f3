package org.jindu.portal.control.internal.ui;

import java.util.List;
import java.util.Map;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Charts;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.model.Stats;
import org.jindu.portal.control.internal.service.DutyService;
import org.jindu.portal.control.internal.service.Permissions;
import org.jindu.portal.control.internal.service.StatsService;
import org.jindu.portal.control.internal.service.Support;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.VerticalLayout;

/**
 * 管控统计: counts by status, tier and village, overdue work per worker, a chart per quarter (new files, tests,
 * positive tests), the open custody duties, and the Excel export (masked).
 */
@Component(service = ViewContribution.class)
public class DashboardView extends AbstractViewContribution {
    private final Support support;
    private final StatsService stats;
    private final DutyService duties;

    @Activate
    public DashboardView(@Reference Support support, @Reference StatsService stats, @Reference DutyService duties) {
        super("control/dashboard", Permissions.MODULE, Text.of("管控统计", "Control figures"), Permissions.STATS, 30, "BAR_CHART");
        this.support = support;
        this.stats = stats;
        this.duties = duties;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        UserContext user = ctx.user();
        Stats s = stats.stats(user);
        VerticalLayout root = new VerticalLayout(UiKit.heading(ctx.t("管控统计", "Control figures") + " · " + s.persons() + ctx.t(" 人", " persons")));
        root.setId("control-dashboard");
        root.setWidth("100%");

        Grid<Map.Entry<String, Long>> byStatus = counts(ctx, "control-by-status", ctx.t("管控状态", "Status"), s.byStatus(),
                k -> ctx.t(Status.valueOf(k).label()));
        Grid<Map.Entry<String, Long>> byTier = counts(ctx, "control-by-tier", ctx.t("风险等级", "Tier"), s.byTier(), k -> ctx.t(Tier.valueOf(k).label()));
        HorizontalLayout counts = new HorizontalLayout(byStatus, byTier);
        counts.setWidth("100%");
        root.addComponent(counts);

        List<String> quarters = s.quarters().stream().map(Stats.Quarter::quarter).toList();
        root.addComponent(Charts.bars("control-chart", ctx.t("季度趋势", "Per quarter"), quarters, List.of(
                new Charts.Series(ctx.t("新建档", "New files"), s.quarters().stream().map(Stats.Quarter::registered).toList()),
                new Charts.Series(ctx.t("检测", "Tests"), s.quarters().stream().map(Stats.Quarter::tests).toList()),
                new Charts.Series(ctx.t("阳性", "Positive"), s.quarters().stream().map(Stats.Quarter::positive).toList())), "", null));

        Grid<Stats.Row> villages = new Grid<>();
        villages.setId("control-by-village");
        villages.setWidth("100%");
        villages.setHeightByRows(Math.max(1, Math.min(s.byVillage().size(), 10)));
        villages.addColumn(Stats.Row::name).setCaption(ctx.t("村居", "Village"));
        villages.addColumn(Stats.Row::persons).setCaption(ctx.t("在册", "Files"));
        villages.addColumn(Stats.Row::inCommunity).setCaption(ctx.t("社会面", "In the community"));
        villages.addColumn(Stats.Row::overdueVisits).setCaption(ctx.t("走访逾期", "Visits overdue"));
        villages.addColumn(Stats.Row::overdueTests).setCaption(ctx.t("检测逾期", "Tests overdue"));
        villages.setItems(s.byVillage());
        root.addComponents(UiKit.heading(ctx.t("各村居", "Villages")), villages);

        if (!s.overdue().isEmpty()) {
            Grid<Stats.Overdue> overdue = new Grid<>();
            overdue.setId("control-overdue");
            overdue.setWidth("100%");
            overdue.setHeightByRows(Math.min(s.overdue().size(), 8));
            overdue.addColumn(o -> support.org().nodeByCode(o.org()).map(n -> n.name()).orElse(o.org())).setCaption(ctx.t("村居/网格", "Village/grid"));
            overdue.addColumn(Stats.Overdue::worker).setCaption(ctx.t("责任社工", "Worker"));
            overdue.addColumn(Stats.Overdue::visits).setCaption(ctx.t("走访逾期", "Visits overdue"));
            overdue.addColumn(Stats.Overdue::tests).setCaption(ctx.t("检测逾期", "Tests overdue"));
            overdue.setItems(s.overdue());
            root.addComponents(UiKit.heading(ctx.t("逾期工作", "Overdue work")), overdue);
        }

        if (support.permitted(user, Permissions.READ)) {
            Grid<DutyService.Duty> open = new Grid<>();
            open.setId("control-duties");
            open.setWidth("100%");
            open.addColumn(DutyService.Duty::personName).setCaption(ctx.t("人员", "Person"));
            open.addColumn(d -> d.kind().equals(DutyService.PICKUP) ? ctx.t("出所必接", "Release pick-up") : ctx.t("入所帮教", "Custody visit"))
                    .setCaption(ctx.t("任务", "Duty"));
            open.addColumn(d -> UiKit.date(d.dueDate()) + (d.overdue() ? ctx.t(" (逾期)", " (overdue)") : "")).setCaption(ctx.t("到期", "Due"));
            Runnable reload = () -> {
                List<DutyService.Duty> list = duties.open(user);
                open.setItems(list);
                open.setHeightByRows(Math.max(1, Math.min(list.size(), 6)));
            };
            reload.run();
            Button done = new Button(ctx.t("标记完成", "Mark done"), e -> open.getSelectedItems().stream().findFirst().ifPresent(d ->
                    Dialogs.act(ctx, () -> duties.done(user, d.id(), null, null), Text.of("已完成", "Done"), reload)));
            done.setId("duty-done");
            done.setVisible(support.permitted(user, Permissions.EDIT));
            root.addComponents(UiKit.heading(ctx.t("双向管控任务", "Dual-control duties")), open, done);
        }
        if (support.permitted(user, Permissions.EXPORT)) {
            Button export = new Button(ctx.t("导出人员清单 (脱敏)", "Export the list (masked)"));
            export.setId("control-export");
            UiKit.download(export, "管控人员清单.xlsx", () -> {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                try {
                    stats.exportXlsx(user, false, out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return new java.io.ByteArrayInputStream(out.toByteArray());
            });
            root.addComponent(export);
        }
        return root;
    }

    private static Grid<Map.Entry<String, Long>> counts(ViewContext ctx, String id, String caption, Map<String, Long> values,
                                                        java.util.function.Function<String, String> label) {
        Grid<Map.Entry<String, Long>> g = new Grid<>();
        g.setId(id);
        g.setWidth("100%");
        g.addColumn(e -> label.apply(e.getKey())).setCaption(caption);
        g.addColumn(Map.Entry::getValue).setCaption(ctx.t("人数", "Persons"));
        g.setItems(values.entrySet());
        g.setHeightByRows(values.size());
        return g;
    }
}
