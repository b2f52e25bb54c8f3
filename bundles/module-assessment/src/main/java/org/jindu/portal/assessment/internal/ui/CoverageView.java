package org.jindu.portal.assessment.internal.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.data.Table;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Charts;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.assessment.internal.model.CoverageRow;
import org.jindu.portal.assessment.internal.model.TargetDraft;
import org.jindu.portal.assessment.internal.service.CoverageService;
import org.jindu.portal.assessment.internal.service.Permissions;
import org.jindu.portal.assessment.internal.service.Support;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;

/**
 * 覆盖率与目标 (CA-9): a town's coverage of drug-free villages per year against its target, as a chart and a table
 * that exports to Excel; the office sets targets and quotas.
 */
@Component(service = ViewContribution.class)
public class CoverageView extends AbstractViewContribution {
    private final Support support;
    private final CoverageService coverage;

    @Activate
    public CoverageView(@Reference Support support, @Reference CoverageService coverage) {
        super("assessment/coverage", Permissions.MODULE, Text.of("覆盖率与目标", "Coverage and targets"), Permissions.READ, 50, "BAR_CHART");
        this.support = support;
        this.coverage = coverage;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        VerticalLayout root = new VerticalLayout();
        root.setId("coverage-view");
        root.setWidth("100%");
        List<CoverageRow> all = coverage.report(ctx.user(), null, null);
        List<String> towns = all.stream().map(CoverageRow::townCode).distinct().toList();
        ComboBox<String> town = new ComboBox<>(ctx.t("镇街", "Town"), towns);
        town.setItemCaptionGenerator(code -> all.stream().filter(r -> r.townCode().equals(code)).findFirst().map(CoverageRow::townName).orElse(code));
        town.setEmptySelectionAllowed(false);
        town.setId("coverage-town");
        VerticalLayout body = new VerticalLayout();
        body.setMargin(false);
        body.setWidth("100%");
        HorizontalLayout bar = new HorizontalLayout(town);
        bar.setDefaultComponentAlignment(com.vaadin.ui.Alignment.BOTTOM_LEFT);
        if (support.permitted(ctx.user(), Permissions.EXPORT)) {
            Button export = new Button(ctx.t("导出 Excel", "Export to Excel"));
            export.setId("coverage-export");
            UiKit.download(export, ctx.t("无毒村居覆盖率", "coverage") + ".xlsx", () -> {
                Table table = coverage.exportTable(ctx.user(), null);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    coverage.writeXlsx(table, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new ByteArrayInputStream(out.toByteArray());
            });
            bar.addComponent(export);
        }
        if (support.permitted(ctx.user(), Permissions.TARGET_EDIT)) {
            Button target = new Button(ctx.t("设置目标与名额", "Set target and quota"), e -> {
                if (town.getValue() != null) {
                    target(ctx, town.getValue(), () -> ctx.navigate("assessment/coverage", ""));
                }
            });
            target.setId("coverage-target");
            bar.addComponent(target);
        }
        town.addValueChangeListener(e -> show(ctx, body, all.stream().filter(r -> r.townCode().equals(e.getValue())).toList()));
        root.addComponents(UiKit.heading(ctx.t("无毒村居覆盖率与目标", "Drug-free village coverage and targets")), bar, body);
        if (towns.isEmpty()) {
            root.addComponent(new Label(ctx.t("您的管辖范围内没有镇街。", "No town in your area.")));
        } else {
            town.setValue(towns.get(0));
        }
        return root;
    }

    private void show(ViewContext ctx, VerticalLayout body, List<CoverageRow> rows) {
        body.removeAllComponents();
        if (rows.isEmpty()) {
            return;
        }
        CoverageRow now = rows.get(rows.size() - 1);
        Label summary = new Label(ctx.t("当前覆盖率 ", "Coverage now ") + Ui.score(now.percent()) + "% (" + now.designated() + "/" + now.villages()
                + ")" + (now.targetPercent() == null ? "" : ctx.t("，年度目标 ", ", target ") + Ui.score(now.targetPercent()) + "%"
                + (now.targetMet() ? ctx.t(" (已达成)", " (met)") : ctx.t(" (未达成)", " (not met)"))));
        summary.setId("coverage-summary");
        List<String> years = rows.stream().map(r -> String.valueOf(r.year())).toList();
        body.addComponent(summary);
        body.addComponent(Charts.bars("coverage-chart", rows.get(0).townName() + ctx.t(" 无毒村居覆盖率", " coverage"), years, List.of(
                new Charts.Series(ctx.t("覆盖率", "Coverage"), rows.stream().map(CoverageRow::percent).toList()),
                new Charts.Series(ctx.t("目标", "Target"), rows.stream().map(r -> r.targetPercent() == null ? 0.0 : r.targetPercent()).toList())),
                "%", now.targetPercent()));
        Grid<CoverageRow> grid = new Grid<>();
        grid.setId("coverage-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(rows.size());
        grid.addColumn(CoverageRow::year).setCaption(ctx.t("年度", "Year"));
        grid.addColumn(CoverageRow::villages).setCaption(ctx.t("村居总数", "Villages"));
        grid.addColumn(CoverageRow::designated).setCaption(ctx.t("无毒村居", "Holding the title"));
        grid.addColumn(r -> Ui.score(r.percent()) + "%").setCaption(ctx.t("覆盖率", "Coverage"));
        grid.addColumn(r -> r.targetPercent() == null ? "" : Ui.score(r.targetPercent()) + "%").setCaption(ctx.t("目标", "Target"));
        grid.addColumn(r -> r.targetPercent() == null ? "" : r.targetMet() ? ctx.t("达成", "met") : ctx.t("未达成", "not met")).setCaption(ctx.t("是否达成", "Met"));
        grid.addColumn(r -> r.quota() == null ? "" : r.quota() + (r.extraQuota() == null || r.extraQuota() == 0 ? "" : "+" + r.extraQuota()))
                .setCaption(ctx.t("创建名额", "Quota"));
        grid.addColumn(CoverageRow::accepted).setCaption(ctx.t("当年通过审核", "Accepted"));
        grid.setItems(rows);
        body.addComponent(grid);
        body.addComponent(UiKit.note(ctx.t("覆盖率按各年度末 (本年度按今天) 持有有效称号的村居计算；目标未单独设置的年度沿用配置的默认目标 (实施方案：2024 年 60%)。",
                "Coverage counts the villages holding the title at the end of each year (today for this year); years without a target use the configured default (the plan: 60 % by 2024).")));
    }

    private void target(ViewContext ctx, String townCode, Runnable reload) {
        int thisYear = support.today().getYear();
        ComboBox<Integer> year = new ComboBox<>(ctx.t("年度", "Year"), IntStream.rangeClosed(thisYear - 3, thisYear + 2).boxed().toList());
        year.setValue(thisYear);
        year.setEmptySelectionAllowed(false);
        TextField percent = new TextField(ctx.t("覆盖率目标 %", "Coverage target %"));
        percent.setId("target-percent");
        TextField quota = new TextField(ctx.t("创建名额", "Quota"));
        quota.setId("target-quota");
        TextField extra = new TextField(ctx.t("倾斜名额 (0-2)", "Extra quota (0-2)"));
        FormLayout form = new FormLayout(year, percent, quota, extra,
                UiKit.note(ctx.t("成效好的镇街可获 1-2 个倾斜名额 (实施方案六(二))。", "Well-performing towns may get 1-2 extra places (§6.2).")));
        Dialogs.open(ctx.t("设置目标与名额", "Target and quota"), form, ctx.t("保存", "Save"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, Map.of("year", year, "targetPercent", percent, "quota", quota, "extraQuota", extra),
                        () -> coverage.setTarget(ctx.user(), new TargetDraft(townCode, year.getValue(), UiKit.number(percent.getValue(), "targetPercent"),
                                UiKit.integer(quota.getValue(), "quota"), UiKit.integer(extra.getValue(), "extraQuota"))), reload));
    }
}
