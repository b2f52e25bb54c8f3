package org.jindu.portal.ui.internal.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.audit.AuditEntry;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.audit.AuditPage;
import org.jindu.portal.api.audit.AuditQuery;
import org.jindu.portal.api.audit.ChainVerification;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** 审计日志: search by user, action, module, record and time; verify the hash chain. */
@Component(service = ViewContribution.class)
public class AuditView extends AbstractViewContribution {
    private static final int PAGE = 100;
    /** Ids of a list read shown in the grid; all of them are in the cell's tooltip. */
    private static final int SHOWN_IDS = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final AuditLog audit;

    @Activate
    public AuditView(@Reference AuditLog audit) {
        super("admin/audit", PlatformPermissions.MODULE_ID, Text.of("审计日志", "Audit log"),
                PlatformPermissions.AUDIT_READ, 140, "EYE");
        this.audit = audit;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        TextField actor = new TextField(ctx.t("用户", "User"));
        actor.setId("audit-actor");
        ComboBox<String> action = new ComboBox<>(ctx.t("操作", "Action"), List.of(AuditAction.CREATE, AuditAction.UPDATE,
                AuditAction.DELETE, AuditAction.TRANSITION, AuditAction.READ_PERSONAL, AuditAction.VIEW_FULL,
                AuditAction.EXPORT, AuditAction.LOGIN, AuditAction.LOGIN_FAILED, AuditAction.LOGOUT));
        action.setItemCaptionGenerator(a -> AuditAction.label(a).get(ctx.locale()));
        TextField module = new TextField(ctx.t("模块", "Module"));
        TextField recordType = new TextField(ctx.t("记录类型", "Record type"));
        TextField recordId = new TextField(ctx.t("记录编号", "Record id"));
        TextField text = new TextField(ctx.t("内容包含", "Detail contains"));
        DateField from = new DateField(ctx.t("从", "From"));
        DateField to = new DateField(ctx.t("至", "To"));
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.setSizeFull();
        grid.addColumn(AuditEntry::seq).setCaption("#").setWidth(80);
        grid.addColumn(e -> TIME.format(e.time())).setCaption(ctx.t("时间", "Time")).setWidth(170);
        grid.addColumn(AuditEntry::actor).setCaption(ctx.t("用户", "User"));
        grid.addColumn(e -> AuditAction.label(e.action()).get(ctx.locale())).setCaption(ctx.t("操作", "Action"));
        grid.addColumn(AuditEntry::moduleId).setCaption(ctx.t("模块", "Module"));
        grid.addColumn(e -> record(e, ctx.locale())).setCaption(ctx.t("记录", "Record"))
                .setDescriptionGenerator(e -> e.recordIds().size() > SHOWN_IDS ? String.join(", ", e.recordIds()) : null);
        grid.addColumn(AuditEntry::detail).setCaption(ctx.t("内容", "Detail")).setExpandRatio(1);
        Label status = new Label();
        int[] offset = {0};
        Runnable search = () -> {
            try {
                AuditPage page = audit.search(ctx.user(), new AuditQuery(blank(actor.getValue()), action.getValue(),
                        blank(module.getValue()), blank(recordType.getValue()), blank(recordId.getValue()),
                        start(from.getValue()), start(to.getValue() == null ? null : to.getValue().plusDays(1)),
                        blank(text.getValue()), offset[0], PAGE));
                grid.setItems(page.entries());
                status.setValue(ctx.t("共 " + page.total() + " 条，显示第 " + (page.total() == 0 ? 0 : offset[0] + 1) + "-"
                        + (offset[0] + page.entries().size()) + " 条", page.total() + " entries, showing "
                        + (page.total() == 0 ? 0 : offset[0] + 1) + "-" + (offset[0] + page.entries().size())));
            } catch (PortalException ex) {
                ctx.showError(ex);
            }
        };
        Button find = new Button(ctx.t("查询", "Search"), e -> {
            offset[0] = 0;
            search.run();
        });
        find.setId("audit-search");
        find.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button previous = new Button(ctx.t("上一页", "Previous"), e -> {
            offset[0] = Math.max(0, offset[0] - PAGE);
            search.run();
        });
        Button next = new Button(ctx.t("下一页", "Next"), e -> {
            offset[0] += PAGE;
            search.run();
        });
        Label verification = new Label();
        verification.setId("audit-verification");
        Button verify = new Button(ctx.t("校验哈希链", "Verify the hash chain"), e -> {
            ChainVerification v = audit.verify(ctx.user());
            verification.removeStyleNames(ValoTheme.LABEL_SUCCESS, ValoTheme.LABEL_FAILURE);
            if (v.intact()) {
                verification.setValue(ctx.t("完整：已校验 " + v.checked() + " 条", "Intact: " + v.checked() + " entries checked"));
                verification.addStyleName(ValoTheme.LABEL_SUCCESS);
            } else {
                // no "不完整": the browser test recognises the intact message by "完整"
                Text problem = problem(v.problem());
                long seq = v.firstBrokenSeq();
                verification.setValue(ctx.t("校验未通过：" + problem.zh() + (seq > 0 ? "，第 " + seq + " 条" : "") + " (" + v.reason() + ")",
                        "Verification failed: " + problem.en() + (seq > 0 ? " at entry " + seq : "") + " (" + v.reason() + ")"));
                verification.addStyleName(ValoTheme.LABEL_FAILURE);
            }
        });
        verify.setId("audit-verify");
        search.run();
        HorizontalLayout filters = new HorizontalLayout(actor, action, module, recordType, recordId, text, from, to);
        filters.addStyleName("portal-filters");
        HorizontalLayout actions = new HorizontalLayout(find, previous, next, status, verify, verification);
        VerticalLayout root = new VerticalLayout(filters, actions, grid);
        root.setId("audit-view");
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }

    /** The record, or for a list read or export how many records it returned and the first few ids. */
    static String record(AuditEntry e, Locale locale) {
        String type = e.recordType() == null ? "" : e.recordType();
        List<String> ids = e.recordIds();
        if (ids.isEmpty()) {
            return e.recordType() == null || e.recordId() == null ? type : type + " " + e.recordId();
        }
        String first = String.join(", ", ids.subList(0, Math.min(SHOWN_IDS, ids.size()))) + (ids.size() > SHOWN_IDS ? " …" : "");
        String count = Text.of(ids.size() + " 条: ", ids.size() + (ids.size() == 1 ? " record: " : " records: ")).get(locale);
        return (type + " " + count + first).strip();
    }

    /** What verification found, in words an administrator acts on. */
    static Text problem(ChainVerification.Problem problem) {
        if (problem == null) {
            return Text.of("链条异常", "chain broken");
        }
        return switch (problem) {
            case ALTERED -> Text.of("记录被修改", "entry altered");
            case NOT_LINKED -> Text.of("链条断开或被重新计算", "chain broken or recomputed");
            case MISSING -> Text.of("记录缺失", "entries missing");
            case TAIL_DELETED -> Text.of("末尾记录被删除", "last entries deleted");
            case CHECKPOINT_MISMATCH -> Text.of("与检查点不符", "does not match the checkpoint");
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant start(LocalDate d) {
        return d == null ? null : d.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
