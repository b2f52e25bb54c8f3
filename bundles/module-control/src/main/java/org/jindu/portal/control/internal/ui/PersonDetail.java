package org.jindu.portal.control.internal.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.control.internal.domain.Lifecycle;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.domain.Violation;
import org.jindu.portal.control.internal.model.AssistanceDraft;
import org.jindu.portal.control.internal.model.AssistanceInfo;
import org.jindu.portal.control.internal.model.AssistanceKind;
import org.jindu.portal.control.internal.model.HandoverDraft;
import org.jindu.portal.control.internal.model.HistoryEntry;
import org.jindu.portal.control.internal.model.PersonInfo;
import org.jindu.portal.control.internal.model.ProposalDecision;
import org.jindu.portal.control.internal.model.ProposalInfo;
import org.jindu.portal.control.internal.model.StatusDraft;
import org.jindu.portal.control.internal.model.TestResult;
import org.jindu.portal.control.internal.model.TierDraft;
import org.jindu.portal.control.internal.model.WorkDraft;
import org.jindu.portal.control.internal.model.WorkInfo;
import org.jindu.portal.control.internal.model.WorkKind;
import org.jindu.portal.control.internal.service.HandoverService;
import org.jindu.portal.control.internal.service.Permissions;
import org.jindu.portal.control.internal.service.PersonService;
import org.jindu.portal.control.internal.service.Support;
import org.jindu.portal.control.internal.service.WorkService;

import com.vaadin.server.StreamResource;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Image;
import com.vaadin.ui.Upload;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** One person's file: identity (masked, full on request), status and tier with due dates, work, history, assistance. */
final class PersonDetail {
    /** How long a full identity stays on screen (the next person at the desk should not read it). */
    private static final java.time.Duration SHOWN_FOR = java.time.Duration.ofSeconds(60);
    private final ViewContext ctx;
    private final UserContext user;
    private final long id;
    private final Support support;
    private final PersonService persons;
    private final WorkService work;
    private final HandoverService handovers;
    private final VerticalLayout root = new VerticalLayout();

    PersonDetail(ViewContext ctx, long id, Support support, PersonService persons, WorkService work, HandoverService handovers) {
        this.ctx = ctx;
        this.user = ctx.user();
        this.id = id;
        this.support = support;
        this.persons = persons;
        this.work = work;
        this.handovers = handovers;
    }

    VerticalLayout build() {
        root.setId("person-view");
        root.setWidth("100%");
        reload();
        return root;
    }

    private void reload() {
        root.removeAllComponents();
        PersonInfo p;
        try {
            p = persons.get(user, id);
        } catch (RuntimeException e) {
            ctx.showError(e);
            root.addComponent(UiKit.note(ctx.t("无法打开该档案。", "This file cannot be opened.")));
            return;
        }
        Button back = new Button(ctx.t("返回列表", "Back to the list"), e -> ctx.navigate(PersonsView.ID, ""));
        back.addStyleName(ValoTheme.BUTTON_LINK);
        root.addComponents(back, UiKit.heading(p.name() + " · " + ctx.t(p.status().label())));

        Label idLabel = value("person-id", p.idNumber());
        Label phoneLabel = value("person-phone-value", UiKit.text(p.phone()));
        Label genderLabel = value("person-gender", born(p));
        FormLayout identity = new FormLayout(
                caption(idLabel, ctx.t("身份证号", "ID number")), caption(phoneLabel, ctx.t("联系电话", "Phone")),
                caption(genderLabel, ctx.t("性别·出生", "Gender · born")),
                caption(value("person-household", UiKit.text(p.household())), ctx.t("户籍地", "Household")),
                caption(value("person-residence", UiKit.text(p.residence())), ctx.t("居住地", "Residence")),
                caption(value("person-control", p.controlOrgName()), ctx.t("管控村居", "Controlling village")),
                caption(value("person-worker", UiKit.text(p.workerName())), ctx.t("责任社工", "Worker")),
                caption(value("person-drugs", UiKit.text(p.drugTypes())), ctx.t("滥用毒品", "Drugs")));
        FormLayout control = new FormLayout(
                caption(value("person-status", ctx.t(p.status().label()) + ctx.t(" (自 ", " (since ") + p.statusSince() + ")"), ctx.t("管控状态", "Status")),
                caption(value("person-due", UiKit.date(p.statusDue())), ctx.t("期满日期", "Term ends")),
                caption(value("person-tier", ctx.t(p.tier().label()) + " · " + UiKit.text(p.tierReason())), ctx.t("风险等级", "Tier")),
                caption(value("person-next-visit", PersonsView.due(ctx, p.nextVisit(), p.visitOverdueDays())), ctx.t("下次走访", "Next visit")),
                caption(value("person-next-test", PersonsView.due(ctx, p.nextTest(), p.testOverdueDays())), ctx.t("下次检测", "Next test")),
                caption(value("person-registered", UiKit.date(p.firstRegistered())), ctx.t("建档日期", "Registered")),
                caption(value("person-proposals", String.valueOf(p.openProposals())), ctx.t("待处理建议", "Open proposals")));
        HorizontalLayout top = new HorizontalLayout(photo(p), identity, control);
        top.setWidth("100%");
        top.setExpandRatio(identity, 1);
        top.setExpandRatio(control, 1);
        root.addComponent(top);

        HorizontalLayout actions = new HorizontalLayout();
        if (support.permitted(user, Permissions.IDENTIFY)) {
            Button full = new Button(ctx.t("显示完整证件号", "Show full ID"));
            Runnable hide = () -> {
                idLabel.setValue(p.idNumber());
                phoneLabel.setValue(UiKit.text(p.phone()));
                genderLabel.setValue(born(p));
                full.setEnabled(true);
            };
            full.addClickListener(e -> askReason(reason -> {
                PersonInfo f = persons.identify(user, id, reason);
                idLabel.setValue(f.idNumber());
                phoneLabel.setValue(UiKit.text(f.phone()));
                genderLabel.setValue(born(f));
                full.setEnabled(false);
                hideLater(hide);
            }));
            full.setId("person-identify");
            full.setDescription(ctx.t("须说明事由，查看记入审计日志；" + SHOWN_FOR.toSeconds() + " 秒后自动隐藏",
                    "A reason is required and the view is audited; hidden again after " + SHOWN_FOR.toSeconds() + " s"));
            actions.addComponent(full);
        }
        if (support.permitted(user, Permissions.EDIT) && p.status() != Status.DECEASED) {
            actions.addComponent(button("work-new", ctx.t("记录走访/检测", "Record work"), true, () -> recordWork()));
            actions.addComponent(button("person-edit", ctx.t("修改信息", "Edit details"), false, () -> edit(p)));
            actions.addComponent(button("tier-change", ctx.t("调整等级", "Change tier"), false, () -> changeTier(p)));
            actions.addComponent(button("assist-new", ctx.t("记录帮扶", "Record assistance"), false, () -> assist()));
        }
        if (support.permitted(user, Permissions.STATUS) && p.status() != Status.DECEASED) {
            actions.addComponent(button("status-change", ctx.t("变更状态", "Change status"), false, () -> changeStatus(p)));
        }
        if (support.permitted(user, Permissions.HANDOVER) && p.status() != Status.DECEASED) {
            actions.addComponent(button("handover-new", ctx.t("发起交接", "Hand over"), false, () -> handover()));
        }
        root.addComponent(actions);

        TabSheet tabs = new TabSheet();
        tabs.setId("person-tabs");
        tabs.setWidth("100%");
        tabs.addTab(workGrid(), ctx.t("工作记录", "Work"));
        tabs.addTab(history("status-history", persons.statusHistory(user, id), true), ctx.t("状态历史", "Status history"));
        tabs.addTab(history("tier-history", persons.tierHistory(user, id), false), ctx.t("等级历史", "Tier history"));
        tabs.addTab(proposals(), ctx.t("处置建议", "Proposals"));
        tabs.addTab(assistanceGrid(), ctx.t("帮扶记录", "Assistance"));
        root.addComponent(tabs);
    }

    /** Gender and birth: the full date only in an identified view, else the year (it would complete a masked ID number). */
    private String born(PersonInfo p) {
        String birth = p.birthDate() != null ? p.birthDate().toString()
                : p.birthYear() == null ? "" : p.birthYear() + ctx.t(" 年", "");
        return ctx.t(p.gender().label()) + " · " + birth;
    }

    /** Asks why the full identity is needed (kept in the audit entry); {@code show} runs with the reason given. */
    private void askReason(java.util.function.Consumer<String> show) {
        ComboBox<String> reason = new ComboBox<>(ctx.t("查看事由", "Reason"), List.of(
                ctx.t("入户走访核对身份", "Checking identity on a home visit"),
                ctx.t("尿检/毛发检测登记", "Registering a drug test"),
                ctx.t("协查比对", "Cross-checking for another agency"),
                ctx.t("交接核对", "Checking a handover")));
        reason.setId("identify-reason");
        reason.setWidth("100%");
        reason.setNewItemProvider(typed -> java.util.Optional.of(typed));
        reason.setPlaceholder(ctx.t("选择或输入事由", "Choose or type a reason"));
        Dialogs.open(ctx.t("查看完整身份信息", "Show the full identity"), new FormLayout(reason), ctx.t("查看", "Show"),
                ctx.t("取消", "Cancel"), () -> {
                    try {
                        show.accept(reason.getValue());
                        return true;
                    } catch (org.jindu.portal.api.ValidationException ex) {
                        org.jindu.portal.api.ui.FieldErrors.show(ex, Map.of("reason", reason), ctx);
                    } catch (org.jindu.portal.api.PortalException ex) {
                        ctx.showError(ex);
                    }
                    return false;
                });
    }

    /** Masks the identity again after {@link #SHOWN_FOR}, through the UI's push connection; nothing to do once the page is gone. */
    private void hideLater(Runnable hide) {
        com.vaadin.ui.UI ui = com.vaadin.ui.UI.getCurrent();
        java.util.concurrent.CompletableFuture.delayedExecutor(SHOWN_FOR.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .execute(() -> {
                    try {
                        ui.access(hide::run);
                    } catch (com.vaadin.ui.UIDetachedException gone) {
                        // the user left: the values went with the page
                    }
                });
    }

    /**
     * The photo (each display is an audited read) and, for those who edit, an upload of a new one. After an upload only
     * the image is replaced: rebuilding the page would detach the Upload inside its own event, which breaks Vaadin's
     * push connection ("Communication problem").
     */
    private VerticalLayout photo(PersonInfo p) {
        VerticalLayout box = new VerticalLayout();
        box.setMargin(false);
        box.setWidth("140px");
        VerticalLayout holder = new VerticalLayout();
        holder.setMargin(false);
        showPhoto(holder, p.photo());
        box.addComponent(holder);
        if (support.permitted(user, Permissions.EDIT) && p.status() != Status.DECEASED) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Upload upload = new Upload(null, (fileName, mimeType) -> {
                bytes.reset();
                return bytes;
            });
            upload.setButtonCaption(ctx.t("上传照片", "Upload a photo"));
            upload.setAcceptMimeTypes("image/jpeg,image/png");
            upload.setId("person-photo-upload");
            upload.addSucceededListener(e -> {
                try {
                    persons.setPhoto(user, id, e.getFilename(), new ByteArrayInputStream(bytes.toByteArray()));
                    ctx.showInfo(Text.of("照片已保存", "Photo saved"));
                    showPhoto(holder, true);
                } catch (IOException | RuntimeException ex) {
                    ctx.showError(ex);
                }
            });
            box.addComponent(upload);
        }
        return box;
    }

    private void showPhoto(VerticalLayout holder, boolean present) {
        holder.removeAllComponents();
        if (!present) {
            holder.addComponent(UiKit.note(ctx.t("无照片", "No photo")));
            return;
        }
        StreamResource resource = new StreamResource(() -> {
            try {
                return persons.photo(user, id).map(ph -> (java.io.InputStream) new ByteArrayInputStream(ph.content())).orElse(null);
            } catch (IOException e) {
                return null;
            }
        }, "photo-" + id + "-" + System.nanoTime());
        resource.setCacheTime(0);
        Image image = new Image(null, resource);
        image.setId("person-photo");
        image.setWidth("120px");
        holder.addComponent(image);
    }

    private Grid<WorkInfo> workGrid() {
        Grid<WorkInfo> g = new Grid<>();
        g.setId("work-grid");
        g.setWidth("100%");
        g.setHeightByRows(6);
        g.addColumn(w -> UiKit.date(w.date())).setCaption(ctx.t("日期", "Date")).setWidth(120);
        g.addColumn(w -> ctx.t(w.kind().label())).setCaption(ctx.t("类型", "Kind"));
        g.addColumn(w -> w.result() == null ? "" : ctx.t(w.result().label())).setCaption(ctx.t("结果", "Result"));
        g.addColumn(w -> w.violation() == null ? "" : ctx.t(w.violation().label())).setCaption(ctx.t("违规", "Violation"));
        g.addColumn(w -> UiKit.text(w.testedBy())).setCaption(ctx.t("检测人", "Tested by"));
        g.addColumn(w -> UiKit.text(w.note())).setCaption(ctx.t("情况", "Note"));
        g.addColumn(WorkInfo::by).setCaption(ctx.t("记录人", "By"));
        g.setItems(work.list(user, id));
        return g;
    }

    private Grid<HistoryEntry> history(String gridId, List<HistoryEntry> rows, boolean status) {
        Grid<HistoryEntry> g = new Grid<>();
        g.setId(gridId);
        g.setWidth("100%");
        g.setHeightByRows(Math.max(2, Math.min(rows.size(), 6)));
        g.addColumn(h -> UiKit.date(h.date())).setCaption(ctx.t("日期", "Date")).setWidth(120);
        g.addColumn(h -> label(h.from(), status)).setCaption(ctx.t("原", "From"));
        g.addColumn(h -> label(h.to(), status)).setCaption(ctx.t("新", "To"));
        g.addColumn(h -> UiKit.text(h.basis())).setCaption(status ? ctx.t("依据", "Legal basis") : ctx.t("理由", "Reason"));
        g.addColumn(HistoryEntry::by).setCaption(ctx.t("经办人", "By"));
        g.setItems(rows);
        return g;
    }

    private String label(String value, boolean status) {
        if (value == null) {
            return "";
        }
        return status ? ctx.t(Status.valueOf(value).label()) : ctx.t(Tier.valueOf(value).label());
    }

    private VerticalLayout proposals() {
        List<ProposalInfo> list = work.proposals(user, id);
        Grid<ProposalInfo> g = new Grid<>();
        g.setId("proposals-grid");
        g.setWidth("100%");
        g.setHeightByRows(Math.max(2, Math.min(list.size(), 5)));
        g.addColumn(p -> UiKit.time(p.createdAt())).setCaption(ctx.t("提出时间", "Raised"));
        g.addColumn(p -> ctx.t(p.proposedStatus().label())).setCaption(ctx.t("建议状态", "Proposed status"));
        g.addColumn(ProposalInfo::reason).setCaption(ctx.t("原因", "Reason"));
        g.addColumn(p -> switch (p.state()) {
            case "OPEN" -> ctx.t("待处理", "Open");
            case "ACCEPTED" -> ctx.t("已采纳", "Accepted");
            default -> ctx.t("未采纳", "Dismissed");
        }).setCaption(ctx.t("处理", "State"));
        g.addColumn(p -> UiKit.text(p.decisionNote())).setCaption(ctx.t("说明", "Note"));
        g.setItems(list);
        VerticalLayout box = new VerticalLayout(g);
        box.setMargin(false);
        if (support.permitted(user, Permissions.STATUS)) {
            Button decide = new Button(ctx.t("处理所选建议", "Decide the selected proposal"), e -> g.getSelectedItems().stream()
                    .filter(p -> p.state().equals("OPEN")).findFirst().ifPresent(this::decide));
            decide.setId("proposal-decide");
            box.addComponent(decide);
        }
        return box;
    }

    private Grid<AssistanceInfo> assistanceGrid() {
        Grid<AssistanceInfo> g = new Grid<>();
        g.setId("assistance-grid");
        g.setWidth("100%");
        g.setHeightByRows(4);
        g.addColumn(a -> UiKit.date(a.date())).setCaption(ctx.t("日期", "Date")).setWidth(120);
        g.addColumn(a -> ctx.t(a.kind().label())).setCaption(ctx.t("类型", "Kind"));
        g.addColumn(AssistanceInfo::provider).setCaption(ctx.t("帮扶单位", "Provider"));
        g.addColumn(a -> a.amount() == null ? "" : a.amount().toPlainString()).setCaption(ctx.t("金额(元)", "Amount (yuan)"));
        g.addColumn(a -> UiKit.text(a.outcome())).setCaption(ctx.t("成效", "Outcome"));
        g.setItems(work.assistance(user, id));
        return g;
    }

    // ------------------------------------------------------------------ dialogs

    private void recordWork() {
        ComboBox<WorkKind> kind = combo("work-kind", ctx.t("类型", "Kind"), Arrays.asList(WorkKind.values()), k -> ctx.t(k.label()));
        kind.setValue(WorkKind.VISIT);
        DateField date = date("work-date", ctx.t("日期", "Date"));
        ComboBox<TestResult> result = combo("work-result", ctx.t("检测结果", "Result"), Arrays.asList(TestResult.values()), r -> ctx.t(r.label()));
        ComboBox<Violation> violation = combo("work-violation", ctx.t("违规类型", "Violation"), Arrays.asList(Violation.values()), v -> ctx.t(v.label()));
        TextField testedBy = PersonsView.field(ctx, "检测人", "Tested by", "work-testedBy");
        TextArea note = area("work-note", ctx.t("情况记录", "Note"));
        Runnable visible = () -> {
            WorkKind k = kind.getValue();
            result.setVisible(k != null && k.isTest());
            testedBy.setVisible(k != null && k.isTest());
            violation.setVisible(k == WorkKind.VIOLATION);
        };
        kind.addValueChangeListener(e -> visible.run());
        visible.run();
        Map<String, AbstractComponent> fields = fields("kind", kind, "date", date, "result", result, "violation", violation,
                "testedBy", testedBy, "note", note);
        Dialogs.open(ctx.t("记录走访/检测", "Record work"), new FormLayout(kind, date, result, violation, testedBy, note),
                ctx.t("保存", "Save"), ctx.t("取消", "Cancel"), () -> Dialogs.save(ctx, fields, () -> {
                    WorkInfo w = work.record(user, id, new WorkDraft(kind.getValue(), date.getValue(), result.getValue(),
                            violation.getValue(), testedBy.getValue(), note.getValue()));
                    if (w.advice() != null) {
                        ctx.showInfo(Text.of("风险等级 " + w.tierAfter() + "。" + w.advice(), "Tier " + w.tierAfter() + ". " + w.advice()));
                    }
                }, this::reload));
    }

    /** Phone, grid, worker, drugs and note; identity, status and tier change through their own actions. */
    private void edit(PersonInfo p) {
        TextField phone = PersonsView.field(ctx, "联系电话", "Phone", "edit-phone");
        phone.setPlaceholder(p.phone() == null ? "" : p.phone());
        OrgNode village = support.org().nodeByCode(p.controlOrg())
                .flatMap(n -> n.level() == OrgLevel.GRID ? support.org().node(n.parentId()) : java.util.Optional.of(n)).orElse(null);
        List<OrgNode> grids = village == null ? List.of() : support.org().children(village.id()).stream()
                .filter(n -> n.level() == OrgLevel.GRID).toList();
        ComboBox<OrgNode> grid = combo("edit-grid", ctx.t("网格", "Grid"), grids, OrgNode::name);
        grids.stream().filter(g -> g.code().equals(p.gridOrg())).findFirst().ifPresent(grid::setValue);
        TextField worker = PersonsView.field(ctx, "责任社工", "Worker", "edit-worker");
        worker.setValue(UiKit.text(p.workerName()));
        TextField drugs = PersonsView.field(ctx, "滥用毒品种类", "Drug types", "edit-drugs");
        drugs.setValue(UiKit.text(p.drugTypes()));
        TextArea note = area("edit-note", ctx.t("备注", "Note"));
        note.setValue(UiKit.text(p.note()));
        FormLayout form = new FormLayout(phone, UiKit.note(ctx.t("电话留空则不修改。", "Leave the phone empty to keep it.")), grid, worker, drugs, note);
        Dialogs.open(ctx.t("修改档案信息", "Edit the file"), form, ctx.t("保存", "Save"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, fields("phone", phone, "gridOrg", grid, "workerName", worker, "drugTypes", drugs, "note", note),
                        () -> persons.update(user, id, new org.jindu.portal.control.internal.model.PersonUpdate(
                                phone.getValue().isBlank() ? null : phone.getValue(), null, null,
                                grid.getValue() == null ? null : grid.getValue().code(), null, worker.getValue(), drugs.getValue(),
                                note.getValue(), p.version())), this::reload));
    }

    private void changeStatus(PersonInfo p) {
        ComboBox<Status> status = combo("status-new", ctx.t("新状态", "New status"), List.copyOf(Lifecycle.next(p.status())), s -> ctx.t(s.label()));
        DateField date = date("status-date", ctx.t("变更日期", "Date"));
        TextField basis = PersonsView.field(ctx, "依据 (决定书文号)", "Legal basis", "status-basis");
        TextArea note = area("status-note", ctx.t("说明", "Note"));
        Dialogs.open(ctx.t("变更管控状态", "Change the status"), new FormLayout(status, date, basis, note), ctx.t("保存", "Save"),
                ctx.t("取消", "Cancel"), () -> Dialogs.save(ctx, fields("status", status, "date", date, "legalBasis", basis, "note", note),
                        () -> persons.changeStatus(user, id, new StatusDraft(status.getValue(), date.getValue(), basis.getValue(), note.getValue())),
                        this::reload));
    }

    private void changeTier(PersonInfo p) {
        ComboBox<Tier> tier = combo("tier-new", ctx.t("新等级", "New tier"), Arrays.asList(Tier.values()), t -> ctx.t(t.label()));
        DateField date = date("tier-date", ctx.t("日期", "Date"));
        TextArea reason = area("tier-reason", ctx.t("调整理由", "Reason"));
        Dialogs.open(ctx.t("调整风险等级", "Change the tier"), new FormLayout(tier, date, reason), ctx.t("保存", "Save"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, fields("tier", tier, "date", date, "reason", reason),
                        () -> persons.changeTier(user, id, new TierDraft(tier.getValue(), date.getValue(), reason.getValue())), this::reload));
    }

    private void decide(ProposalInfo proposal) {
        ComboBox<Boolean> accept = combo("proposal-accept", ctx.t("处理", "Decision"), List.of(true, false),
                b -> b ? ctx.t("采纳并变更状态", "Accept and change the status") : ctx.t("不采纳", "Dismiss"));
        accept.setValue(true);
        DateField date = date("proposal-date", ctx.t("决定日期", "Date"));
        TextField basis = PersonsView.field(ctx, "依据 (决定书文号)", "Legal basis", "proposal-basis");
        TextArea note = area("proposal-note", ctx.t("说明", "Note"));
        Dialogs.open(ctx.t(proposal.proposedStatus().label()), new FormLayout(accept, date, basis, note), ctx.t("保存", "Save"),
                ctx.t("取消", "Cancel"), () -> Dialogs.save(ctx, fields("date", date, "legalBasis", basis, "note", note),
                        () -> work.decide(user, proposal.id(), new ProposalDecision(Boolean.TRUE.equals(accept.getValue()), date.getValue(),
                                basis.getValue(), note.getValue())), this::reload));
    }

    private void assist() {
        ComboBox<AssistanceKind> kind = combo("assist-kind", ctx.t("帮扶类型", "Kind"), Arrays.asList(AssistanceKind.values()), k -> ctx.t(k.label()));
        DateField date = date("assist-date", ctx.t("日期", "Date"));
        TextField provider = PersonsView.field(ctx, "帮扶单位", "Provider", "assist-provider");
        TextField amount = PersonsView.field(ctx, "救助金额 (元)", "Amount (yuan)", "assist-amount");
        TextArea outcome = area("assist-outcome", ctx.t("成效", "Outcome"));
        Dialogs.open(ctx.t("记录帮扶", "Record assistance"), new FormLayout(kind, date, provider, amount, outcome), ctx.t("保存", "Save"),
                ctx.t("取消", "Cancel"), () -> Dialogs.save(ctx, fields("kind", kind, "date", date, "provider", provider, "amount", amount,
                        "outcome", outcome), () -> {
                    Double a = UiKit.number(amount.getValue(), "amount");
                    work.assist(user, id, new AssistanceDraft(kind.getValue(), date.getValue(), provider.getValue(),
                            a == null ? null : java.math.BigDecimal.valueOf(a), outcome.getValue()));
                }, this::reload));
    }

    private void handover() {
        List<OrgNode> villages = support.org().nodesAtLevel(OrgLevel.VILLAGE);
        ComboBox<OrgNode> to = combo("handover-to", ctx.t("接收村居 (本系统)", "Receiving village (this portal)"), villages, OrgNode::name);
        TextField external = PersonsView.field(ctx, "或：接收机关 (外地)", "Or: receiving agency (elsewhere)", "handover-external");
        TextArea reason = area("handover-reason", ctx.t("交接原因", "Reason"));
        Dialogs.open(ctx.t("发起交接", "Request a handover"), new FormLayout(to, external, reason), ctx.t("发起", "Request"),
                ctx.t("取消", "Cancel"), () -> Dialogs.save(ctx, fields("toOrg", to, "externalParty", external, "reason", reason),
                        () -> handovers.request(user, new HandoverDraft(id, to.getValue() == null ? null : to.getValue().code(),
                                external.getValue(), reason.getValue())), this::reload));
    }

    // ------------------------------------------------------------------ small parts

    private Button button(String id, String caption, boolean primary, Runnable action) {
        Button b = new Button(caption, e -> action.run());
        b.setId(id);
        if (primary) {
            b.addStyleName(ValoTheme.BUTTON_PRIMARY);
        }
        return b;
    }

    private static Label value(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        return l;
    }

    private static Label caption(Label l, String caption) {
        l.setCaption(caption);
        return l;
    }

    private <T> ComboBox<T> combo(String id, String caption, List<T> items, com.vaadin.ui.ItemCaptionGenerator<T> captions) {
        ComboBox<T> c = new ComboBox<>(caption, items);
        c.setItemCaptionGenerator(captions);
        c.setId(id);
        c.setWidth("100%");
        return c;
    }

    private DateField date(String id, String caption) {
        DateField d = new DateField(caption, support.today());
        d.setId(id);
        d.setDateFormat("yyyy-MM-dd");
        return d;
    }

    private static TextArea area(String id, String caption) {
        TextArea a = new TextArea(caption);
        a.setId(id);
        a.setRows(2);
        a.setWidth("100%");
        return a;
    }

    private static Map<String, AbstractComponent> fields(Object... pairs) {
        Map<String, AbstractComponent> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (AbstractComponent) pairs[i + 1]);
        }
        return m;
    }
}
