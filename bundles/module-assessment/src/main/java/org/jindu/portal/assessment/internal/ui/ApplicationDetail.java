package org.jindu.portal.assessment.internal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.FieldErrors;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.assessment.internal.domain.Action;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.domain.Standard;
import org.jindu.portal.assessment.internal.domain.SupervisionRating;
import org.jindu.portal.assessment.internal.model.ActionRequest;
import org.jindu.portal.assessment.internal.model.ApplicationDraft;
import org.jindu.portal.assessment.internal.model.ApplicationInfo;
import org.jindu.portal.assessment.internal.model.AssessorRef;
import org.jindu.portal.assessment.internal.model.EvidenceDraft;
import org.jindu.portal.assessment.internal.model.EvidenceInfo;
import org.jindu.portal.assessment.internal.model.SheetInfo;
import org.jindu.portal.assessment.internal.model.TransitionInfo;
import org.jindu.portal.assessment.internal.service.ApplicationService;
import org.jindu.portal.assessment.internal.service.EvidenceService;
import org.jindu.portal.assessment.internal.service.ScoringService;
import org.jindu.portal.assessment.internal.service.StandardService;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.DateField;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * One application: the form (editable by the village while it is a draft), the evidence per rubric item (recorded
 * during the cycle), the assessment (assessors, result, supervision) and the dated history, with a button for every
 * step the user may take now. Every change rebuilds the page from the services, so what is shown is what is stored.
 */
final class ApplicationDetail {
    /** Uploads above this size are stopped in the browser already; the platform's store has its own limit. */
    private static final long MAX_UPLOAD = 64L * 1024 * 1024;

    private final ViewContext ctx;
    private final long id;
    private final ApplicationService applications;
    private final EvidenceService evidence;
    private final ScoringService scoring;
    private final StandardService standards;
    private final String backViewId;
    private final VerticalLayout root = new VerticalLayout();

    ApplicationDetail(ViewContext ctx, long id, ApplicationService applications, EvidenceService evidence, ScoringService scoring,
                      StandardService standards, String backViewId) {
        this.ctx = ctx;
        this.id = id;
        this.applications = applications;
        this.evidence = evidence;
        this.scoring = scoring;
        this.standards = standards;
        this.backViewId = backViewId;
        root.setId("application-view");
        root.setWidth("100%");
    }

    Component build() {
        refresh();
        return root;
    }

    private void refresh() {
        root.removeAllComponents();
        ApplicationInfo a;
        try {
            a = applications.get(ctx.user(), id);
        } catch (PortalException e) {
            ctx.showError(e);
            Button back = new Button(ctx.t("返回列表", "Back to the list"), x -> ctx.navigate(backViewId, ""));
            root.addComponents(new Label(ctx.t("无法打开该申报。", "The application cannot be opened.")), back);
            return;
        }
        Standard standard = applications.standard(ctx.user(), id);
        Label title = UiKit.heading(a.orgName() + " · " + a.year() + ctx.t("年", " ") + ctx.t(a.level().label()) + ctx.t("创建申报", " application"));
        Label state = new Label(a.stateLabel());
        state.setId("application-state");
        state.addStyleName(ValoTheme.LABEL_BOLD);
        state.addStyleName(ValoTheme.LABEL_COLORED);
        Button back = new Button(ctx.t("返回列表", "Back to the list"), e -> ctx.navigate(backViewId, ""));
        back.addStyleName(ValoTheme.BUTTON_LINK);
        HorizontalLayout head = new HorizontalLayout(title, state, back);
        head.setDefaultComponentAlignment(com.vaadin.ui.Alignment.MIDDLE_LEFT);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("application-actions");
        for (Action action : a.actions()) {
            Button b = new Button(ctx.t(action.label()), e -> act(a, action));
            b.setId("action-" + action.name());
            if (action == Action.REJECT || action == Action.DECLINE || action == Action.DISQUALIFY || action == Action.WITHDRAW) {
                b.addStyleName(ValoTheme.BUTTON_DANGER);
            } else {
                b.addStyleName(ValoTheme.BUTTON_PRIMARY);
            }
            actions.addComponent(b);
        }
        if (a.actions().isEmpty()) {
            actions.addComponent(UiKit.note(ctx.t("当前没有需要您办理的步骤。", "Nothing for you to do at this step.")));
        }

        TabSheet tabs = new TabSheet();
        tabs.setId("application-tabs");
        tabs.addTab(form(a, standard), ctx.t("申报表", "Form"));
        tabs.addTab(evidence(a, standard), ctx.t("佐证材料", "Evidence"));
        tabs.addTab(assessment(a, standard), ctx.t("考评与督导", "Assessment"));
        tabs.addTab(history(), ctx.t("流转记录", "History"));
        root.addComponents(head, actions, tabs);
    }

    // ---------------------------------------------------------------- the form

    private Component form(ApplicationInfo a, Standard standard) {
        TextField contact = new TextField(ctx.t("联系人", "Contact person"), UiKit.text(a.contactName()));
        contact.setId("app-contactName");
        TextField phone = new TextField(ctx.t("联系电话", "Contact phone"), UiKit.text(a.contactPhone()));
        phone.setId("app-contactPhone");
        TextArea plan = new TextArea(ctx.t("创建工作方案", "Creation plan"), UiKit.text(a.plan()));
        plan.setId("app-plan");
        plan.setWidth("100%");
        plan.setRows(6);
        TextField self = new TextField(ctx.t("自评分 (满分 ", "Self-assessed score (of ") + Ui.score(standard.maxTotal()) + ")", Ui.score(a.selfScore()));
        self.setId("app-selfScore");
        TextArea selfText = new TextArea(ctx.t("自评情况", "Self-assessment"), UiKit.text(a.selfAssessment()));
        selfText.setId("app-selfAssessment");
        selfText.setWidth("100%");
        selfText.setRows(4);
        FormLayout form = new FormLayout(contact, phone, plan, self, selfText);
        form.setWidth("100%");
        boolean editable = a.state() == ApplicationState.DRAFT && a.applicant();
        Map<String, AbstractComponent> fields = Map.of("contactName", contact, "contactPhone", phone, "plan", plan,
                "selfScore", self, "selfAssessment", selfText);
        if (editable) {
            Button save = new Button(ctx.t("保存", "Save"), e -> {
                try {
                    FieldErrors.clear(fields);
                    applications.update(ctx.user(), id, new ApplicationDraft(null, null, contact.getValue(), phone.getValue(),
                            plan.getValue(), UiKit.number(self.getValue(), "selfScore"), selfText.getValue()));
                    ctx.showInfo(Text.of("已保存", "Saved"));
                    refresh();
                } catch (ValidationException ex) {
                    FieldErrors.show(ex, fields, ctx);
                } catch (PortalException ex) {
                    ctx.showError(ex);
                }
            });
            save.setId("app-save");
            save.addStyleName(ValoTheme.BUTTON_PRIMARY);
            form.addComponent(save);
            form.addComponent(UiKit.note(ctx.t("提交前请先保存；提交后申报表不能再修改。", "Save before submitting; a submitted form cannot change.")));
        } else {
            List.of(contact, phone, self).forEach(f -> f.setReadOnly(true));
            List.of(plan, selfText).forEach(f -> f.setReadOnly(true));
        }
        if (a.decisionReason() != null) {
            form.addComponent(labelled(ctx.t("审核/确定意见", "Decision"), a.decisionReason()));
        }
        if (a.disqualifyNotice() != null) {
            Label l = labelled(ctx.t("取消资格通报", "Disqualification notice"), a.disqualifyNotice());
            l.addStyleName(ValoTheme.LABEL_FAILURE);
            form.addComponent(l);
        }
        return form;
    }

    // ---------------------------------------------------------------- evidence

    private Component evidence(ApplicationInfo a, Standard standard) {
        VerticalLayout box = new VerticalLayout();
        box.setWidth("100%");
        List<EvidenceInfo> items = evidence.list(ctx.user(), id);
        Grid<EvidenceInfo> grid = new Grid<>();
        grid.setId("evidence-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(2, Math.min(items.size(), 12)));
        grid.addColumn(e -> e.itemCode() + " " + standard.item(e.itemCode()).map(i -> ctx.t(i.text())).orElse(""))
                .setCaption(ctx.t("标准条目", "Rubric item")).setWidth(320);
        grid.addColumn(e -> UiKit.text(e.description())).setCaption(ctx.t("措施或说明", "Measure / description"));
        grid.addComponentColumn(e -> {
            if (e.fileId() == null) {
                return new Label("");
            }
            Button file = new Button(e.fileName());
            file.addStyleName(ValoTheme.BUTTON_LINK);
            file.setId("evidence-file-" + e.id());
            UiKit.download(file, e.fileName(), () -> evidence.download(ctx.user(), e.id()).content());
            return file;
        }).setCaption(ctx.t("文件", "File"));
        grid.addColumn(e -> e.recordedBy() + " " + UiKit.time(e.recordedAt())).setCaption(ctx.t("录入", "Recorded"));
        grid.setItems(items);
        box.addComponent(grid);
        if (a.state() == ApplicationState.ACCEPTED && a.applicant()) {
            box.addComponent(recordEvidence(standard, grid));
        } else if (a.state() == ApplicationState.ACCEPTED) {
            box.addComponent(UiKit.note(ctx.t("村居在实施推进阶段 (审核通过后、考评开始前) 录入措施并上传佐证材料。",
                    "The village records measures and uploads evidence during implementation.")));
        }
        return box;
    }

    private Component recordEvidence(Standard standard, Grid<EvidenceInfo> grid) {
        ComboBox<Standard.Item> item = new ComboBox<>(ctx.t("标准条目", "Rubric item"), standard.items());
        item.setItemCaptionGenerator(i -> i.code() + " " + ctx.t(i.text()) + (i.veto() ? ctx.t(" (否决项)", " (veto)") : ""));
        item.setWidth("100%");
        item.setId("evidence-item");
        item.setEmptySelectionAllowed(false);
        TextArea description = new TextArea(ctx.t("措施或说明", "Measure / description"));
        description.setWidth("100%");
        description.setRows(2);
        description.setId("evidence-description");
        Label hint = UiKit.note("");
        item.addValueChangeListener(e -> hint.setValue(e.getValue() == null ? "" : ctx.t("所需佐证：", "Evidence needed: ")
                + UiKit.text(e.getValue().evidence()) + " · " + ctx.t("评分方法：", "Scoring: ") + UiKit.text(e.getValue().guidance())));
        Map<String, AbstractComponent> fields = Map.of("itemCode", item, "description", description);
        Button add = new Button(ctx.t("添加措施", "Add measure"), e -> {
            try {
                FieldErrors.clear(fields);
                evidence.add(ctx.user(), id, new EvidenceDraft(item.getValue() == null ? null : item.getValue().code(), description.getValue()));
                ctx.showInfo(Text.of("已添加", "Added"));
                refresh();
            } catch (ValidationException ex) {
                FieldErrors.show(ex, fields, ctx);
            } catch (PortalException ex) {
                ctx.showError(ex);
            }
        });
        add.setId("evidence-add");

        Path[] temp = new Path[1];
        Upload upload = new Upload(null, (fileName, mime) -> {
            try {
                temp[0] = Files.createTempFile("evidence-", ".upload");
                return Files.newOutputStream(temp[0]);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        upload.setButtonCaption(ctx.t("上传文件…", "Upload a file…"));
        upload.setId("evidence-upload");
        upload.addStartedListener(e -> {
            if (item.getValue() == null) {
                upload.interruptUpload();
                item.setComponentError(new com.vaadin.server.UserError(ctx.t("请先选择标准条目", "Choose the rubric item first")));
            } else if (e.getContentLength() > MAX_UPLOAD) {
                upload.interruptUpload();
                ctx.showError(ValidationException.of("file", Text.of("文件过大", "The file is too large")));
            }
        });
        upload.addSucceededListener(e -> {
            try (InputStream in = Files.newInputStream(temp[0])) {
                evidence.upload(ctx.user(), id, item.getValue().code(), description.getValue(), e.getFilename(), in);
                ctx.showInfo(Text.of("已上传 " + e.getFilename(), "Uploaded " + e.getFilename()));
                refresh();
            } catch (PortalException ex) {
                ctx.showError(ex);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            } finally {
                deleteQuietly(temp[0]);
            }
        });
        upload.addFailedListener(e -> deleteQuietly(temp[0]));
        FormLayout form = new FormLayout(item, hint, description, new HorizontalLayout(add, upload),
                UiKit.note(ctx.t("文件支持 PDF、图片、Word、Excel；不支持网页和可执行文件。", "PDF, images, Word and Excel files; no web pages or programs.")));
        form.setWidth("100%");
        form.setCaption(ctx.t("录入措施和佐证材料", "Record measures and evidence"));
        return form;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans up eventually
            }
        }
    }

    // ---------------------------------------------------------------- assessment

    private Component assessment(ApplicationInfo a, Standard standard) {
        VerticalLayout box = new VerticalLayout();
        box.setWidth("100%");
        box.addComponent(labelled(ctx.t("考评标准", "Standard"), ctx.t(standard.label()) + " v" + standard.version()
                + ctx.t("，合格分 ", ", pass mark ") + Ui.score(standard.passMark()) + ctx.t("，满分 ", ", maximum ") + Ui.score(standard.maxTotal())));
        box.addComponent(labelled(ctx.t("考评人员", "Assessors"), a.assessors().isEmpty() ? ctx.t("未指定", "none yet")
                : a.assessors().stream().map(r -> r.displayName() + (r.submitted() ? ctx.t(" (已提交)", " (submitted)") : ""))
                .collect(Collectors.joining("、"))));
        if (a.reviewer() && (a.state() == ApplicationState.ACCEPTED || a.state() == ApplicationState.UNDER_ASSESSMENT)) {
            box.addComponent(assign(a));
        }
        if (a.totalScore() != null) {
            Label result = labelled(ctx.t("考评结果", "Result"), Ui.score(a.totalScore()) + ctx.t(" 分，", " points, ")
                    + (Boolean.TRUE.equals(a.passed()) ? ctx.t("通过", "passed") : ctx.t("未通过", "failed"))
                    + (a.vetoItems().isEmpty() ? "" : ctx.t("；否决项：", "; veto items: ") + String.join("、", a.vetoItems())));
            result.setId("application-result");
            box.addComponent(result);
        }
        if (a.supervisionOpinion() != null) {
            box.addComponent(labelled(ctx.t("质量督导意见", "Supervision"), ctx.t(a.supervisionRating().label()) + " · " + a.supervisionOpinion()));
        }
        List<SheetInfo> sheets = scoring.sheets(ctx.user(), id);
        if (!sheets.isEmpty()) {
            Grid<Standard.Item> grid = new Grid<>();
            grid.setWidth("100%");
            grid.setHeightByRows(standard.items().size());
            grid.addColumn(i -> i.code() + " " + ctx.t(i.text())).setCaption(ctx.t("条目", "Item")).setWidth(380);
            grid.addColumn(i -> i.veto() ? ctx.t("否决项", "veto") : Ui.score(i.maxScore())).setCaption(ctx.t("分值", "Max"));
            for (SheetInfo s : sheets) {
                grid.addColumn(i -> {
                    var item = s.items().get(i.code());
                    if (item == null) {
                        return "";
                    }
                    String v = i.veto() ? (item.vetoViolated() ? ctx.t("触发", "violated") : ctx.t("未触发", "held")) : Ui.score(item.score());
                    return item.comment() == null ? v : v + " · " + item.comment();
                }).setCaption(s.assessorName() + (s.submitted() ? "" : ctx.t(" (草稿)", " (draft)")));
            }
            grid.setItems(standard.items());
            box.addComponent(grid);
        }
        return box;
    }

    private Component assign(ApplicationInfo a) {
        List<AssessorRef> candidates;
        try {
            candidates = scoring.candidates(ctx.user(), id);
        } catch (PortalException e) {
            return new Label("");
        }
        CheckBoxGroup<AssessorRef> pick = new CheckBoxGroup<>(ctx.t("指定考评人员", "Assign assessors"), candidates);
        pick.setItemCaptionGenerator(r -> r.displayName() + " (" + r.username() + ")");
        pick.setId("assessors-pick");
        Set<Long> assigned = a.assessors().stream().map(AssessorRef::id).collect(Collectors.toSet());
        pick.setValue(candidates.stream().filter(c -> assigned.contains(c.id())).collect(Collectors.toSet()));
        Button save = new Button(ctx.t("保存考评人员", "Save assessors"), e -> Dialogs.act(ctx,
                () -> scoring.assign(ctx.user(), id, pick.getValue().stream().map(AssessorRef::id).toList()),
                Text.of("已指定考评人员", "Assessors assigned"), this::refresh));
        save.setId("assessors-save");
        return new VerticalLayout(pick, save);
    }

    // ---------------------------------------------------------------- history and actions

    private Component history() {
        List<TransitionInfo> steps = applications.transitions(ctx.user(), id);
        Grid<TransitionInfo> grid = new Grid<>();
        grid.setId("transitions-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(steps.size(), 12)));
        grid.addColumn(t -> UiKit.date(t.effectiveOn())).setCaption(ctx.t("日期", "Date")).setWidth(120);
        grid.addColumn(TransitionInfo::actionLabel).setCaption(ctx.t("操作", "Step"));
        grid.addColumn(t -> (t.from() == null ? "" : ctx.t(t.from().label()) + " → ") + ctx.t(t.to().label())).setCaption(ctx.t("状态", "State"));
        grid.addColumn(TransitionInfo::actorName).setCaption(ctx.t("办理人", "By"));
        grid.addColumn(t -> UiKit.text(t.reason())).setCaption(ctx.t("理由/意见", "Reason / opinion"));
        grid.addColumn(t -> UiKit.time(t.recordedAt())).setCaption(ctx.t("录入时间", "Recorded"));
        grid.setItems(steps);
        return grid;
    }

    private void act(ApplicationInfo a, Action action) {
        DateField on = new DateField(ctx.t("日期", "Date"), LocalDate.now());
        on.setDateFormat("yyyy-MM-dd");
        on.setId("action-date");
        boolean needsReason = EnumSet.of(Action.REJECT, Action.DECLINE, Action.DISQUALIFY, Action.SUPERVISE).contains(action);
        TextArea reason = new TextArea(switch (action) {
            case SUPERVISE -> ctx.t("质量督导意见 (工作举措、力度、成效)", "Supervision opinion (measures, effort, results)");
            case DISQUALIFY -> ctx.t("通报内容 (弄虚作假的事实)", "Notice (the facts of the fraud)");
            default -> ctx.t("理由", "Reason");
        });
        reason.setWidth("100%");
        reason.setRows(3);
        reason.setId("action-reason");
        ComboBox<SupervisionRating> rating = new ComboBox<>(ctx.t("评价等次", "Rating"), List.of(SupervisionRating.values()));
        rating.setItemCaptionGenerator(r -> ctx.t(r.label()));
        rating.setId("action-rating");
        FormLayout form = new FormLayout(on);
        if (needsReason) {
            form.addComponent(reason);
        }
        if (action == Action.SUPERVISE) {
            form.addComponent(rating);
        }
        form.addComponent(UiKit.note(hint(action, a)));
        Map<String, AbstractComponent> fields = new HashMap<>(Map.of("effectiveOn", on, "reason", reason, "rating", rating));
        Dialogs.open(ctx.t(action.label()) + " · " + a.orgName(), form, ctx.t("确定", "Confirm"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, fields, () -> applications.act(ctx.user(), id,
                        new ActionRequest(action, reason.getValue(), on.getValue(), rating.getValue())), this::refresh));
    }

    private String hint(Action action, ApplicationInfo a) {
        return switch (action) {
            case SUBMIT -> ctx.t("提交后由镇禁毒办审核，申报表不能再修改。", "The office reviews it next; the form can no longer change.");
            case ACCEPT -> ctx.t("审核通过即列入年度创建名单，进入实施推进 (村居 6 个月)。", "Accepted applications enter the creation list and the cycle.");
            case OPEN_ASSESSMENT -> ctx.t("创建周期结束后开始考评验收；须已指定考评人员。", "Starts the assessment once the cycle is over; assessors must be assigned.")
                    + (a.cycleEnd() == null ? "" : ctx.t(" 周期结束：", " Cycle ends: ") + a.cycleEnd());
            case CONCLUDE -> ctx.t("按全部考评人员提交的评分表汇总得分；否决项一票否决。", "Totals the submitted sheets; a violated veto item fails the result.");
            case DESIGNATE -> ctx.t("确定为无毒村居并授予称号，日期即称号日期。", "Designates the unit; the date is the title date.");
            case DISQUALIFY -> ctx.t("弄虚作假一经查实即取消创建资格，并记录通报。", "Fraud disqualifies the application; the notice is recorded.");
            default -> "";
        };
    }

    private static Label labelled(String caption, String value) {
        Label l = new Label(value);
        l.setCaption(caption);
        l.setWidth("100%");
        return l;
    }
}
