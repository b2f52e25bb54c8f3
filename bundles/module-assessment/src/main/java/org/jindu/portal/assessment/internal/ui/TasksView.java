package org.jindu.portal.assessment.internal.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.FieldErrors;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.domain.Standard;
import org.jindu.portal.assessment.internal.model.ApplicationFilter;
import org.jindu.portal.assessment.internal.model.ApplicationInfo;
import org.jindu.portal.assessment.internal.model.EvidenceInfo;
import org.jindu.portal.assessment.internal.model.SheetDraft;
import org.jindu.portal.assessment.internal.model.SheetInfo;
import org.jindu.portal.assessment.internal.model.SheetItem;
import org.jindu.portal.assessment.internal.service.ApplicationService;
import org.jindu.portal.assessment.internal.service.EvidenceService;
import org.jindu.portal.assessment.internal.service.Permissions;
import org.jindu.portal.assessment.internal.service.ScoringService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 考评任务: the applications assigned to the assessor and, at {@code assessment/tasks/<id>}, his score sheet: every
 * rubric item with its guidance and the evidence the village recorded for it, a score (or, for a veto item, whether
 * it was violated), a comment and the evidence the judgement rests on. Drafts can be saved; submitting is final.
 */
@Component(service = ViewContribution.class)
public class TasksView extends AbstractViewContribution {
    static final String ID = "assessment/tasks";

    private final ApplicationService applications;
    private final ScoringService scoring;
    private final EvidenceService evidence;

    @Activate
    public TasksView(@Reference ApplicationService applications, @Reference ScoringService scoring, @Reference EvidenceService evidence) {
        super(ID, Permissions.MODULE, Text.of("考评任务", "Assessment tasks"), Permissions.SCORE, 20, "CHECK_SQUARE_O");
        this.applications = applications;
        this.scoring = scoring;
        this.evidence = evidence;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        if (parameters != null && parameters.matches("\\d+")) {
            VerticalLayout root = new VerticalLayout();
            root.setId("sheet-view");
            root.setWidth("100%");
            sheet(ctx, Long.parseLong(parameters), root);
            return root;
        }
        Grid<ApplicationInfo> grid = new Grid<>();
        grid.setId("tasks-grid");
        grid.setSizeFull();
        grid.addColumn(ApplicationInfo::year).setCaption(ctx.t("年度", "Year")).setWidth(90);
        grid.addColumn(ApplicationInfo::orgName).setCaption(ctx.t("申报单位", "Applicant"));
        grid.addColumn(ApplicationInfo::stateLabel).setCaption(ctx.t("状态", "State"));
        grid.addColumn(a -> a.assessors().stream().filter(r -> r.id() == ctx.user().userId()).findFirst()
                .map(r -> r.submitted() ? ctx.t("已提交", "Submitted") : ctx.t("待评分", "To score")).orElse(""))
                .setCaption(ctx.t("我的评分", "My sheet")).setId("mine");
        grid.setItems(applications.list(ctx.user(), new ApplicationFilter(null, null, null, null, true)));
        grid.addItemClickListener(e -> ctx.navigate(ID, String.valueOf(e.getItem().id())));
        VerticalLayout root = new VerticalLayout(UiKit.heading(ctx.t("考评任务", "Assessment tasks")),
                UiKit.note(ctx.t("点击一行打开评分表。", "Click a row to open the score sheet.")), grid);
        root.setId("tasks-view");
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }

    private void sheet(ViewContext ctx, long id, VerticalLayout root) {
        root.removeAllComponents();
        ApplicationInfo a;
        Standard standard;
        SheetInfo mine;
        List<EvidenceInfo> files;
        try {
            a = applications.get(ctx.user(), id);
            standard = applications.standard(ctx.user(), id);
            mine = scoring.mySheet(ctx.user(), id);
            files = evidence.list(ctx.user(), id);
        } catch (PortalException e) {
            ctx.showError(e);
            root.addComponent(new Button(ctx.t("返回任务列表", "Back to the tasks"), x -> ctx.navigate(ID, "")));
            return;
        }
        boolean open = a.state() == ApplicationState.UNDER_ASSESSMENT && !mine.submitted();
        Label status = new Label(mine.submitted() ? ctx.t("评分表已提交", "Sheet submitted") + " " + UiKit.time(mine.submittedAt())
                : open ? ctx.t("评分中 (可保存草稿)", "In progress (drafts can be saved)") : a.stateLabel());
        status.setId("sheet-status");
        status.addStyleName(ValoTheme.LABEL_BOLD);
        Button back = new Button(ctx.t("返回任务列表", "Back to the tasks"), e -> ctx.navigate(ID, ""));
        back.addStyleName(ValoTheme.BUTTON_LINK);
        root.addComponent(new HorizontalLayout(UiKit.heading(a.orgName() + " · " + a.year() + ctx.t("年考评验收", " assessment")), status, back));
        root.addComponent(UiKit.note(ctx.t(standard.label()) + " v" + standard.version() + ctx.t("；合格分 ", "; pass mark ")
                + Ui.score(standard.passMark()) + ctx.t("，否决项任一触发即不通过。", "; any violated veto item fails the assessment.")));

        Map<String, TextField> scores = new LinkedHashMap<>();
        Map<String, CheckBox> vetoes = new LinkedHashMap<>();
        Map<String, TextField> comments = new LinkedHashMap<>();
        Map<String, CheckBoxGroup<EvidenceInfo>> cited = new LinkedHashMap<>();
        Map<String, AbstractComponent> fields = new HashMap<>();
        Label total = new Label();
        total.setId("sheet-total");
        Runnable sum = () -> {
            double t = 0;
            for (Map.Entry<String, TextField> e : scores.entrySet()) {
                try {
                    Double v = UiKit.number(e.getValue().getValue(), e.getKey());
                    t += v == null ? 0 : v;
                } catch (ValidationException ignored) {
                    // shown when saving
                }
            }
            total.setValue(ctx.t("合计 ", "Total ") + Ui.score(t) + " / " + Ui.score(standard.maxTotal()));
        };
        for (Standard.Section section : standard.sections()) {
            FormLayout form = new FormLayout();
            form.setWidth("100%");
            for (Standard.Item item : section.items()) {
                SheetItem saved = mine.items().get(item.code());
                Label what = new Label("<b>" + item.code() + "</b> " + escape(ctx.t(item.text()))
                        + "<br><small>" + escape(ctx.t("评分方法：", "Scoring: ") + UiKit.text(item.guidance()) + " · "
                        + ctx.t("所需佐证：", "Evidence needed: ") + UiKit.text(item.evidence())) + "</small>", com.vaadin.shared.ui.ContentMode.HTML);
                what.setWidth("100%");
                form.addComponent(what);
                HorizontalLayout line = new HorizontalLayout();
                if (item.veto()) {
                    CheckBox v = new CheckBox(ctx.t("触发否决", "Violated"), saved != null && saved.vetoViolated());
                    v.setId("veto-" + item.code());
                    v.setEnabled(open);
                    vetoes.put(item.code(), v);
                    fields.put("items." + item.code(), v);
                    line.addComponent(v);
                } else {
                    TextField s = new TextField(ctx.t("得分 (0-", "Score (0-") + Ui.score(item.maxScore()) + ")",
                            saved == null ? "" : Ui.score(saved.score()));
                    s.setId("score-" + item.code());
                    s.setWidth("110px");
                    s.setEnabled(open);
                    s.addValueChangeListener(e -> sum.run());
                    scores.put(item.code(), s);
                    fields.put("items." + item.code(), s);
                    line.addComponent(s);
                }
                TextField c = new TextField(ctx.t("评语", "Comment"), saved == null ? "" : UiKit.text(saved.comment()));
                c.setId("comment-" + item.code());
                c.setWidth("360px");
                c.setEnabled(open);
                comments.put(item.code(), c);
                line.addComponent(c);
                List<EvidenceInfo> forItem = files.stream().filter(f -> f.itemCode().equals(item.code())).toList();
                if (!forItem.isEmpty()) {
                    CheckBoxGroup<EvidenceInfo> pick = new CheckBoxGroup<>(ctx.t("依据的佐证材料", "Evidence relied on"), forItem);
                    pick.setItemCaptionGenerator(f -> f.fileName() != null ? f.fileName() : abbreviate(f.description()));
                    Set<Long> ids = saved == null || saved.evidenceIds() == null ? Set.of() : Set.copyOf(saved.evidenceIds());
                    pick.setValue(forItem.stream().filter(f -> ids.contains(f.id())).collect(Collectors.toSet()));
                    pick.setEnabled(open);
                    cited.put(item.code(), pick);
                    line.addComponent(pick);
                }
                form.addComponent(line);
            }
            Panel panel = new Panel(ctx.t(section.title(), section.titleEn()), form);
            root.addComponent(panel);
        }
        sum.run();
        if (open) {
            Button save = new Button(ctx.t("保存草稿", "Save draft"), e -> save(ctx, id, root, scores, vetoes, comments, cited, fields, false));
            save.setId("sheet-save");
            Button submit = new Button(ctx.t("提交评分表", "Submit the sheet"), e -> save(ctx, id, root, scores, vetoes, comments, cited, fields, true));
            submit.setId("sheet-submit");
            submit.addStyleName(ValoTheme.BUTTON_PRIMARY);
            root.addComponent(new HorizontalLayout(total, save, submit));
        } else {
            root.addComponent(total);
        }
    }

    private void save(ViewContext ctx, long id, VerticalLayout root, Map<String, TextField> scores, Map<String, CheckBox> vetoes,
                      Map<String, TextField> comments, Map<String, CheckBoxGroup<EvidenceInfo>> cited,
                      Map<String, AbstractComponent> fields, boolean submit) {
        try {
            FieldErrors.clear(fields);
            Map<String, SheetItem> items = new LinkedHashMap<>();
            List<ValidationException> typos = new ArrayList<>();
            for (String code : comments.keySet()) {
                Double score = null;
                if (scores.containsKey(code)) {
                    try {
                        score = UiKit.number(scores.get(code).getValue(), "items." + code);
                    } catch (ValidationException e) {
                        typos.add(e);
                    }
                }
                boolean violated = vetoes.containsKey(code) && vetoes.get(code).getValue();
                List<Long> evidenceIds = cited.containsKey(code) ? cited.get(code).getValue().stream().map(EvidenceInfo::id).sorted().toList() : List.of();
                String comment = comments.get(code).getValue();
                items.put(code, new SheetItem(score, violated, comment == null || comment.isBlank() ? null : comment.strip(), evidenceIds));
            }
            if (!typos.isEmpty()) {
                throw new ValidationException(typos.stream().flatMap(t -> t.errors().stream()).toList());
            }
            scoring.save(ctx.user(), id, new SheetDraft(items, submit));
            ctx.showInfo(submit ? Text.of("评分表已提交", "The sheet was submitted") : Text.of("草稿已保存", "Draft saved"));
            sheet(ctx, id, root);
        } catch (ValidationException e) {
            FieldErrors.show(e, fields, ctx);
        } catch (PortalException e) {
            ctx.showError(e);
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
