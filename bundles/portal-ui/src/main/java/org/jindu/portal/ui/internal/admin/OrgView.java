package org.jindu.portal.ui.internal.admin;

import java.util.Map;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.org.UnitKind;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.platform.admin.OrgAdmin;
import org.jindu.portal.platform.admin.OrgNodeDraft;
import org.jindu.portal.platform.admin.UnitDraft;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.data.TreeData;
import com.vaadin.data.provider.TreeDataProvider;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.TextField;
import com.vaadin.ui.TreeGrid;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** 组织架构: the org tree (city → town → village → grid) and the member units. */
@Component(service = ViewContribution.class)
public class OrgView extends AbstractViewContribution {
    private final OrgDirectory org;
    private final OrgAdmin admin;

    @Activate
    public OrgView(@Reference OrgDirectory org, @Reference OrgAdmin admin) {
        super("admin/org", PlatformPermissions.MODULE_ID, Text.of("组织架构与成员单位", "Org tree and units"),
                PlatformPermissions.ADMIN_ORG, 110, "SITEMAP");
        this.org = org;
        this.admin = admin;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        TabSheet tabs = new TabSheet();
        tabs.setId("org-view");
        tabs.setSizeFull();
        tabs.addTab(tree(ctx), ctx.t("组织架构", "Org tree"));
        tabs.addTab(units(ctx), ctx.t("成员单位", "Member units"));
        return tabs;
    }

    private com.vaadin.ui.Component tree(ViewContext ctx) {
        TreeGrid<OrgNode> grid = new TreeGrid<>();
        grid.setId("org-tree");
        grid.setSizeFull();
        grid.addColumn(n -> n.name(ctx.locale())).setCaption(ctx.t("名称", "Name")).setId("name");
        grid.addColumn(OrgNode::code).setCaption(ctx.t("编码", "Code"));
        grid.addColumn(n -> n.level().label().get(ctx.locale())).setCaption(ctx.t("层级", "Level"));
        grid.addColumn(OrgNode::nameEn).setCaption(ctx.t("英文名称", "English name"));
        Runnable reload = () -> {
            TreeData<OrgNode> data = new TreeData<>();
            if (org.root() != null) {
                data.addItem(null, org.root());
                addChildren(data, org.root());
            }
            grid.setDataProvider(new TreeDataProvider<>(data));
            if (org.root() != null) {
                grid.expand(org.root());
                org.children(org.root().id()).forEach(grid::expand);
            }
        };
        reload.run();
        Button addChild = new Button(ctx.t("新增下级", "Add child"), e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(parent -> editNode(ctx, parent, null, reload)));
        addChild.setId("org-add-child");
        addChild.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button edit = new Button(ctx.t("编辑", "Edit"), e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(n -> editNode(ctx, null, n, reload)));
        edit.setId("org-edit");
        VerticalLayout root = new VerticalLayout(new HorizontalLayout(addChild, edit,
                new Label(ctx.t("先选中一个节点", "Select a node first"))), grid);
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }

    private void addChildren(TreeData<OrgNode> data, OrgNode parent) {
        for (OrgNode child : org.children(parent.id())) {
            data.addItem(parent, child);
            addChildren(data, child);
        }
    }

    private void editNode(ViewContext ctx, OrgNode parent, OrgNode existing, Runnable reload) {
        OrgLevel level = existing != null ? existing.level() : parent.level().child();
        if (level == null) {
            ctx.showError(new ValidationException(java.util.List.of(new org.jindu.portal.api.FieldError("level",
                    Text.of("网格下不能再设下级", "A grid has no children")))));
            return;
        }
        TextField code = new TextField(ctx.t("编码", "Code"), existing == null ? (parent.code() + "-") : existing.code());
        code.setId("node-code");
        TextField name = new TextField(ctx.t("名称", "Name"), existing == null ? "" : existing.name());
        name.setId("node-name");
        TextField nameEn = new TextField(ctx.t("英文名称", "English name"), existing == null ? "" : existing.nameEn());
        TextField order = new TextField(ctx.t("排序", "Order"), "0");
        Label levelLabel = new Label(level.label().get(ctx.locale()));
        levelLabel.setCaption(ctx.t("层级", "Level"));
        Map<String, com.vaadin.ui.AbstractComponent> fields = Map.of("code", code, "name", name, "nameEn", nameEn);
        Dialogs.open(existing == null ? ctx.t("新增节点：", "New node under ") + parent.name(ctx.locale()) : ctx.t("编辑节点", "Edit node"),
                new FormLayout(levelLabel, code, name, nameEn, order), ctx.t("保存", "Save"), ctx.t("取消", "Cancel"), () -> {
                    int sort;
                    try {
                        sort = Integer.parseInt(order.getValue().strip());
                    } catch (NumberFormatException ex) {
                        order.setComponentError(new com.vaadin.server.UserError(ctx.t("请输入整数", "Enter a whole number")));
                        return false;
                    }
                    OrgNodeDraft draft = new OrgNodeDraft(existing == null ? parent.id() : existing.parentId(),
                            code.getValue(), name.getValue(), nameEn.getValue(), level, sort);
                    return Dialogs.save(ctx, fields, () -> {
                        if (existing == null) {
                            admin.createNode(ctx.user(), draft);
                        } else {
                            admin.updateNode(ctx.user(), existing.id(), draft);
                        }
                    }, reload);
                });
    }

    private com.vaadin.ui.Component units(ViewContext ctx) {
        Grid<MemberUnit> grid = new Grid<>();
        grid.setId("units-grid");
        grid.setSizeFull();
        grid.addColumn(MemberUnit::code).setCaption(ctx.t("编码", "Code"));
        grid.addColumn(u -> u.name(ctx.locale())).setCaption(ctx.t("名称", "Name"));
        grid.addColumn(u -> org.node(u.orgNodeId()).map(n -> n.name(ctx.locale())).orElse("")).setCaption(ctx.t("所属", "Works in"));
        grid.addColumn(u -> u.kind().label(ctx.locale())).setCaption(ctx.t("单位类型", "Kind"));
        Runnable reload = () -> grid.setItems(org.units());
        reload.run();
        Button add = new Button(ctx.t("新增单位", "New unit"), e -> editUnit(ctx, null, reload));
        add.setId("units-new");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button edit = new Button(ctx.t("编辑", "Edit"), e -> grid.getSelectedItems().stream().findFirst().ifPresent(u -> editUnit(ctx, u, reload)));
        VerticalLayout root = new VerticalLayout(new HorizontalLayout(add, edit), grid);
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }

    private void editUnit(ViewContext ctx, MemberUnit existing, Runnable reload) {
        TextField code = new TextField(ctx.t("编码 (大写字母)", "Code (upper case)"), existing == null ? "" : existing.code());
        code.setReadOnly(existing != null);
        TextField name = new TextField(ctx.t("名称", "Name"), existing == null ? "" : existing.name());
        TextField nameEn = new TextField(ctx.t("英文名称", "English name"), existing == null ? "" : existing.nameEn());
        ComboBox<OrgNode> node = new ComboBox<>(ctx.t("所属", "Works in"));
        node.setItems(org.root() == null ? java.util.List.of() : org.subtree(org.root().id()).stream()
                .filter(n -> n.level() == OrgLevel.TOWN || n.level() == OrgLevel.CITY).toList());
        node.setItemCaptionGenerator(n -> n.name(ctx.locale()));
        node.setEmptySelectionAllowed(false);
        if (existing != null) {
            org.node(existing.orgNodeId()).ifPresent(node::setValue);
        }
        ComboBox<UnitKind> kind = new ComboBox<>(ctx.t("单位类型", "Kind"), java.util.List.of(UnitKind.values()));
        kind.setItemCaptionGenerator(k -> k.label(ctx.locale()));
        kind.setEmptySelectionAllowed(false);
        kind.setValue(existing == null ? UnitKind.OTHER : existing.kind());
        kind.setDescription(ctx.t("决定该单位人员可否查看完整证件号、变更管控状态等 (需知原则)",
                "Decides whether the unit's staff may see full ID numbers, change control statuses etc. (need-to-know)"));
        kind.setId("unit-kind");
        Map<String, com.vaadin.ui.AbstractComponent> fields = Map.of("code", code, "name", name, "orgNodeId", node, "kind", kind);
        Dialogs.open(existing == null ? ctx.t("新增成员单位", "New member unit") : ctx.t("编辑成员单位", "Edit member unit"),
                new FormLayout(code, name, nameEn, node, kind), ctx.t("保存", "Save"), ctx.t("取消", "Cancel"), () -> {
                    UnitDraft draft = new UnitDraft(code.getValue().strip(), name.getValue(), nameEn.getValue(),
                            node.getValue() == null ? -1 : node.getValue().id(), kind.getValue());
                    return Dialogs.save(ctx, fields, () -> {
                        if (existing == null) {
                            admin.createUnit(ctx.user(), draft);
                        } else {
                            admin.updateUnit(ctx.user(), existing.code(), draft);
                        }
                    }, reload);
                });
    }
}
