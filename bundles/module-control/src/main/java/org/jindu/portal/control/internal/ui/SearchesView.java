package org.jindu.portal.control.internal.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.control.internal.model.SearchDraft;
import org.jindu.portal.control.internal.model.SearchInfo;
import org.jindu.portal.control.internal.service.Permissions;
import org.jindu.portal.control.internal.service.SearchService;
import org.jindu.portal.control.internal.service.Support;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 清隐清零: hidden users found from any source and searches for persons who lost contact (opened by the status
 * change), with the actions taken until found or closed.
 */
@Component(service = ViewContribution.class)
public class SearchesView extends AbstractViewContribution {
    private final Support support;
    private final SearchService searches;

    @Activate
    public SearchesView(@Reference Support support, @Reference SearchService searches) {
        super("control/searches", Permissions.MODULE, Text.of("清隐清零", "Hidden and lost"), Permissions.READ, 25, "SEARCH");
        this.support = support;
        this.searches = searches;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        UserContext user = ctx.user();
        Grid<SearchInfo> grid = new Grid<>();
        grid.setId("searches-grid");
        grid.setSizeFull();
        grid.addColumn(s -> s.kind().equals("HIDDEN") ? ctx.t("清隐", "Hidden user") : ctx.t("清零", "Lost contact")).setCaption(ctx.t("类型", "Kind")).setWidth(100);
        grid.addColumn(s -> UiKit.date(s.opened())).setCaption(ctx.t("立案", "Opened")).setWidth(120);
        grid.addColumn(SearchInfo::orgName).setCaption(ctx.t("村居", "Village"));
        grid.addColumn(s -> UiKit.text(s.personName())).setCaption(ctx.t("人员", "Person"));
        grid.addColumn(SearchInfo::source).setCaption(ctx.t("线索来源", "Source"));
        grid.addColumn(s -> s.actions().stream().map(a -> a.date() + " " + a.action()).collect(Collectors.joining("；")))
                .setCaption(ctx.t("开展工作", "Actions"));
        grid.addColumn(s -> switch (s.state()) {
            case "OPEN" -> ctx.t("查找中", "Open");
            case "FOUND" -> ctx.t("已找到", "Found");
            default -> ctx.t("已结案", "Closed");
        }).setCaption(ctx.t("状态", "State")).setId("state");
        grid.addColumn(s -> UiKit.text(s.outcome())).setCaption(ctx.t("结果", "Outcome"));
        Runnable reload = () -> grid.setItems(searches.list(user));
        reload.run();

        HorizontalLayout bar = new HorizontalLayout();
        if (support.permitted(user, Permissions.EDIT)) {
            Button add = new Button(ctx.t("清隐立案", "New hidden-user case"), e -> open(ctx, reload));
            add.setId("search-new");
            add.addStyleName(ValoTheme.BUTTON_PRIMARY);
            Button action = new Button(ctx.t("记录工作", "Record an action"), e -> selected(grid).ifPresent(s -> action(ctx, s, reload)));
            action.setId("search-action");
            Button close = new Button(ctx.t("结案", "Close"), e -> selected(grid).ifPresent(s -> close(ctx, s, reload)));
            close.setId("search-close");
            action.setEnabled(false);
            close.setEnabled(false);
            grid.addSelectionListener(e -> {
                boolean open = e.getFirstSelectedItem().map(s -> s.state().equals("OPEN")).orElse(false);
                action.setEnabled(open);
                close.setEnabled(open);
            });
            bar.addComponents(add, action, close);
        }
        Button file = new Button(ctx.t("查看档案", "Open the file"), e -> selected(grid).filter(s -> s.personId() != null)
                .ifPresent(s -> ctx.navigate(PersonsView.ID, String.valueOf(s.personId()))));
        file.setId("search-file");
        bar.addComponent(file);
        VerticalLayout root = new VerticalLayout(UiKit.heading(ctx.t("清隐清零", "Hidden users and lost contact")),
                UiKit.note(ctx.t("人员变更为「脱失」时自动立清零案件，恢复管控时自动结案；清隐线索找到后请先建档，再结案关联档案。",
                        "A search opens when a person is marked lost contact and closes when he is back under control; for a hidden user, open his file first, then close the case with it.")),
                bar, grid);
        root.setId("searches-view");
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }

    private void open(ViewContext ctx, Runnable reload) {
        List<OrgNode> villages = PersonsView.villages(support, ctx.user(), Permissions.EDIT);
        ComboBox<OrgNode> org = new ComboBox<>(ctx.t("发现地村居", "Village"), villages);
        org.setItemCaptionGenerator(OrgNode::name);
        org.setId("search-org");
        if (villages.size() == 1) {
            org.setValue(villages.get(0));
        }
        TextField source = new TextField(ctx.t("线索来源", "Source"));
        source.setId("search-source");
        source.setWidth("100%");
        TextArea description = new TextArea(ctx.t("情况", "Description"));
        description.setId("search-description");
        description.setWidth("100%");
        DateField opened = new DateField(ctx.t("立案日期", "Opened on"), support.today());
        opened.setDateFormat("yyyy-MM-dd");
        Dialogs.open(ctx.t("清隐立案", "New hidden-user case"), new FormLayout(org, source, description, opened), ctx.t("立案", "Open"),
                ctx.t("取消", "Cancel"), () -> Dialogs.save(ctx, Map.of("org", org, "source", source, "description", description, "opened", opened),
                        () -> searches.open(ctx.user(), new SearchDraft("HIDDEN", null, org.getValue() == null ? null : org.getValue().code(),
                                source.getValue(), description.getValue(), opened.getValue())), reload));
    }

    private void action(ViewContext ctx, SearchInfo s, Runnable reload) {
        DateField date = new DateField(ctx.t("日期", "Date"), support.today());
        date.setDateFormat("yyyy-MM-dd");
        TextArea action = new TextArea(ctx.t("开展的工作", "What was done"));
        action.setId("search-action-text");
        action.setWidth("100%");
        Dialogs.open(ctx.t("记录工作", "Record an action"), new FormLayout(date, action), ctx.t("保存", "Save"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, Map.of("date", date, "action", action),
                        () -> searches.addAction(ctx.user(), s.id(), date.getValue(), action.getValue()), reload));
    }

    private void close(ViewContext ctx, SearchInfo s, Runnable reload) {
        ComboBox<Boolean> found = new ComboBox<>(ctx.t("结果", "Result"), List.of(true, false));
        found.setItemCaptionGenerator(b -> b ? ctx.t("已找到", "Found") : ctx.t("结案 (未找到或排除)", "Closed (not found or ruled out)"));
        found.setEmptySelectionAllowed(false);
        found.setValue(true);
        TextField person = new TextField(ctx.t("关联档案编号 (清隐建档后)", "File number (hidden user, once opened)"));
        person.setVisible(s.personId() == null);
        TextArea outcome = new TextArea(ctx.t("结果说明", "Outcome"));
        outcome.setId("search-outcome");
        outcome.setWidth("100%");
        Dialogs.open(ctx.t("结案", "Close the case"), new FormLayout(found, person, outcome), ctx.t("结案", "Close"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, Map.of("personId", person, "outcome", outcome), () -> {
                    Integer id = UiKit.integer(person.getValue(), "personId");
                    searches.close(ctx.user(), s.id(), Boolean.TRUE.equals(found.getValue()), id == null ? null : id.longValue(), outcome.getValue());
                }, reload));
    }

    private static Optional<SearchInfo> selected(Grid<SearchInfo> grid) {
        return grid.getSelectedItems().stream().findFirst();
    }
}
