package org.jindu.portal.control.internal.ui;

import java.util.List;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.control.internal.model.HandoverAnswer;
import org.jindu.portal.control.internal.model.HandoverInfo;
import org.jindu.portal.control.internal.service.HandoverService;
import org.jindu.portal.control.internal.service.Permissions;
import org.jindu.portal.control.internal.service.Support;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.VerticalLayout;

/** 交接: handovers from and to the user's area; the receiving side accepts or refuses, the requesting side may cancel. */
@Component(service = ViewContribution.class)
public class HandoversView extends AbstractViewContribution {
    private final Support support;
    private final HandoverService handovers;

    @Activate
    public HandoversView(@Reference Support support, @Reference HandoverService handovers) {
        super("control/handovers", Permissions.MODULE, Text.of("交接", "Handovers"), Permissions.HANDOVER, 20, "EXCHANGE");
        this.support = support;
        this.handovers = handovers;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        UserContext user = ctx.user();
        Grid<HandoverInfo> grid = new Grid<>();
        grid.setId("handovers-grid");
        grid.setSizeFull();
        grid.addColumn(h -> UiKit.time(h.requestedAt())).setCaption(ctx.t("发起时间", "Requested"));
        grid.addColumn(h -> UiKit.text(h.personName())).setCaption(ctx.t("人员", "Person"));
        grid.addColumn(h -> switch (h.direction()) {
            case "INTERNAL" -> ctx.t("辖区内", "Internal");
            case "OUTGOING" -> ctx.t("移出", "Outgoing");
            default -> ctx.t("移入", "Incoming");
        }).setCaption(ctx.t("方向", "Direction"));
        grid.addColumn(h -> h.direction().equals("INCOMING") ? UiKit.text(h.externalParty()) : UiKit.text(h.fromOrgName()))
                .setCaption(ctx.t("移出方", "From"));
        grid.addColumn(h -> h.direction().equals("OUTGOING") ? UiKit.text(h.externalParty()) : UiKit.text(h.toOrgName()))
                .setCaption(ctx.t("接收方", "To"));
        grid.addColumn(HandoverInfo::reason).setCaption(ctx.t("原因", "Reason"));
        grid.addColumn(h -> state(ctx, h.state())).setCaption(ctx.t("状态", "State")).setId("state");
        grid.addColumn(h -> UiKit.text(h.answer())).setCaption(ctx.t("答复", "Answer"));
        Runnable reload = () -> grid.setItems(handovers.list(user));
        reload.run();

        Button accept = new Button(ctx.t("接收", "Accept"), e -> selected(grid).ifPresent(h -> Dialogs.act(ctx,
                () -> handovers.answer(user, h.id(), new HandoverAnswer(true, null)), Text.of("已接收", "Accepted"), reload)));
        accept.setId("handover-accept");
        Button refuse = new Button(ctx.t("拒绝", "Refuse"), e -> selected(grid).ifPresent(h -> refuse(ctx, h, reload)));
        refuse.setId("handover-refuse");
        Button cancel = new Button(ctx.t("撤回", "Cancel"), e -> selected(grid).ifPresent(h -> Dialogs.act(ctx,
                () -> handovers.cancel(user, h.id()), Text.of("已撤回", "Cancelled"), reload)));
        cancel.setId("handover-cancel");
        Button open = new Button(ctx.t("查看档案", "Open the file"), e -> selected(grid).filter(h -> h.personId() != null)
                .ifPresent(h -> ctx.navigate(PersonsView.ID, String.valueOf(h.personId()))));
        open.setId("handover-open");
        for (Button b : List.of(accept, refuse, cancel, open)) {
            b.setEnabled(false);
        }
        grid.addSelectionListener(e -> {
            HandoverInfo h = e.getFirstSelectedItem().orElse(null);
            boolean pending = h != null && h.state().equals("REQUESTED");
            boolean receiving = pending && h.toOrg() != null && support.permitted(user, Permissions.HANDOVER, support.org()
                    .nodeByCode(h.toOrg()).map(n -> n.id()).orElse(-1L));
            accept.setEnabled(receiving);
            refuse.setEnabled(receiving);
            cancel.setEnabled(pending && !h.direction().equals("INCOMING") && !receiving);
            open.setEnabled(h != null && h.personId() != null);
        });
        VerticalLayout root = new VerticalLayout(UiKit.heading(ctx.t("交接", "Handovers")),
                UiKit.note(ctx.t("户籍地主责、居住地协助：迁居须办理交接，接收方确认后档案转由接收村居管控，户籍地仍可查看。",
                        "The household side leads, the residence side assists: a move needs a handover; once accepted the receiving village manages the file and the household side still sees it.")),
                new HorizontalLayout(accept, refuse, cancel, open), grid);
        root.setId("handovers-view");
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }

    private void refuse(ViewContext ctx, HandoverInfo h, Runnable reload) {
        TextArea reason = new TextArea(ctx.t("拒绝理由", "Reason"));
        reason.setId("handover-answer");
        reason.setWidth("100%");
        Dialogs.open(ctx.t("拒绝接收", "Refuse"), new FormLayout(reason), ctx.t("拒绝", "Refuse"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, java.util.Map.of("answer", reason),
                        () -> handovers.answer(ctx.user(), h.id(), new HandoverAnswer(false, reason.getValue())), reload));
    }

    private static java.util.Optional<HandoverInfo> selected(Grid<HandoverInfo> grid) {
        return grid.getSelectedItems().stream().findFirst();
    }

    static String state(ViewContext ctx, String state) {
        return switch (state) {
            case "REQUESTED" -> ctx.t("待接收", "Requested");
            case "ACCEPTED" -> ctx.t("已接收", "Accepted");
            case "REFUSED" -> ctx.t("已拒绝", "Refused");
            default -> ctx.t("已撤回", "Cancelled");
        };
    }
}
