package org.jindu.portal.control.internal.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.control.internal.domain.Lifecycle;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.model.PersonDraft;
import org.jindu.portal.control.internal.model.PersonFilter;
import org.jindu.portal.control.internal.model.PersonInfo;
import org.jindu.portal.control.internal.service.HandoverService;
import org.jindu.portal.control.internal.service.Permissions;
import org.jindu.portal.control.internal.service.PersonService;
import org.jindu.portal.control.internal.service.Support;
import org.jindu.portal.control.internal.service.WorkService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
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
 * 人员档案: the files of the user's area, masked, with filters (status, tier, village, overdue work, name) and a new
 * file for those who may open one; {@code control/persons/<id>} opens one file ({@link PersonDetail}).
 */
@Component(service = ViewContribution.class)
public class PersonsView extends AbstractViewContribution {
    static final String ID = "control/persons";

    private final Support support;
    private final PersonService persons;
    private final WorkService work;
    private final HandoverService handovers;

    @Activate
    public PersonsView(@Reference Support support, @Reference PersonService persons, @Reference WorkService work,
                       @Reference HandoverService handovers) {
        super(ID, Permissions.MODULE, Text.of("人员档案", "Person files"), Permissions.READ, 10, "USERS");
        this.support = support;
        this.persons = persons;
        this.work = work;
        this.handovers = handovers;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        if (parameters != null && parameters.matches("\\d+")) {
            return new PersonDetail(ctx, Long.parseLong(parameters), support, persons, work, handovers).build();
        }
        return list(ctx);
    }

    private com.vaadin.ui.Component list(ViewContext ctx) {
        UserContext user = ctx.user();
        ComboBox<Status> status = new ComboBox<>(ctx.t("管控状态", "Status"), Arrays.asList(Status.values()));
        status.setItemCaptionGenerator(s -> ctx.t(s.label()));
        status.setId("persons-status");
        ComboBox<Tier> tier = new ComboBox<>(ctx.t("风险等级", "Tier"), Arrays.asList(Tier.values()));
        tier.setItemCaptionGenerator(t -> ctx.t(t.label()));
        tier.setId("persons-tier");
        ComboBox<OrgNode> village = new ComboBox<>(ctx.t("村居", "Village"), villages(support, user, Permissions.READ));
        village.setItemCaptionGenerator(OrgNode::name);
        village.setId("persons-village");
        TextField name = new TextField(ctx.t("姓名", "Name"));
        name.setId("persons-name");
        CheckBox overdue = new CheckBox(ctx.t("仅看逾期", "Overdue only"));
        overdue.setId("persons-overdue");

        Grid<PersonInfo> grid = new Grid<>();
        grid.setId("persons-grid");
        grid.setSizeFull();
        grid.addColumn(PersonInfo::name).setCaption(ctx.t("姓名", "Name")).setId("name");
        grid.addColumn(p -> ctx.t(p.gender().label())).setCaption(ctx.t("性别", "Gender")).setWidth(80);
        grid.addColumn(PersonInfo::idNumber).setCaption(ctx.t("身份证号", "ID number"));
        grid.addColumn(PersonInfo::controlOrgName).setCaption(ctx.t("管控村居", "Village"));
        grid.addColumn(p -> ctx.t(p.status().label())).setCaption(ctx.t("管控状态", "Status")).setId("status");
        grid.addColumn(p -> UiKit.date(p.statusDue())).setCaption(ctx.t("期满日期", "Due"));
        grid.addColumn(p -> p.tier().name()).setCaption(ctx.t("等级", "Tier")).setWidth(80);
        grid.addColumn(p -> due(ctx, p.nextVisit(), p.visitOverdueDays())).setCaption(ctx.t("下次走访", "Next visit"));
        grid.addColumn(p -> due(ctx, p.nextTest(), p.testOverdueDays())).setCaption(ctx.t("下次检测", "Next test"));
        grid.addColumn(p -> UiKit.text(p.workerName())).setCaption(ctx.t("责任社工", "Worker"));
        Runnable reload = () -> grid.setItems(persons.list(user, new PersonFilter(status.getValue(), tier.getValue(),
                village.getValue() == null ? null : village.getValue().code(), overdue.getValue(), name.getValue())));
        status.addValueChangeListener(e -> reload.run());
        tier.addValueChangeListener(e -> reload.run());
        village.addValueChangeListener(e -> reload.run());
        overdue.addValueChangeListener(e -> reload.run());
        name.addValueChangeListener(e -> reload.run());
        reload.run();
        grid.addItemClickListener(e -> {
            if (e.getMouseEventDetails().isDoubleClick()) {
                ctx.navigate(ID, String.valueOf(e.getItem().id()));
            }
        });
        Button open = new Button(ctx.t("查看档案", "Open"), e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(p -> ctx.navigate(ID, String.valueOf(p.id()))));
        open.setId("persons-open");
        open.setEnabled(false);
        grid.addSelectionListener(e -> open.setEnabled(e.getFirstSelectedItem().isPresent()));

        HorizontalLayout bar = new HorizontalLayout(name, status, tier, village, overdue, open);
        bar.setDefaultComponentAlignment(com.vaadin.ui.Alignment.BOTTOM_LEFT);
        if (support.permitted(user, Permissions.EDIT)) {
            Button add = new Button(ctx.t("新建档案", "New file"), e -> create(ctx, reload));
            add.setId("persons-new");
            add.addStyleName(ValoTheme.BUTTON_PRIMARY);
            bar.addComponent(add, 0);
        }
        VerticalLayout root = new VerticalLayout(UiKit.heading(ctx.t("人员档案", "Person files")),
                UiKit.note(ctx.t("身份证号和电话已脱敏；查看完整信息须有权限并将记入审计日志。",
                        "ID numbers and phones are masked; full values need the right and are audited.")), bar, grid);
        root.setId("persons-view");
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }

    static String due(ViewContext ctx, java.time.LocalDate date, long overdue) {
        if (date == null) {
            return "";
        }
        return overdue > 0 ? date + ctx.t(" (逾期 " + overdue + " 天)", " (" + overdue + " days overdue)") : date.toString();
    }

    /** The villages where the user holds the permission. */
    static List<OrgNode> villages(Support support, UserContext user, String permission) {
        Set<Long> visible = support.visible(user, permission);
        return support.org().nodesAtLevel(OrgLevel.VILLAGE).stream().filter(n -> visible.contains(n.id())).toList();
    }

    /** The new-file form; the village defaults to the user's own when he has one. */
    private void create(ViewContext ctx, Runnable reload) {
        UserContext user = ctx.user();
        List<OrgNode> own = villages(support, user, Permissions.EDIT);
        List<OrgNode> all = support.org().nodesAtLevel(OrgLevel.VILLAGE);
        TextField name = field(ctx, "姓名", "Name", "person-name");
        TextField id = field(ctx, "身份证号", "ID number", "person-idNumber");
        TextField phone = field(ctx, "联系电话", "Phone", "person-phone");
        ComboBox<OrgNode> household = new ComboBox<>(ctx.t("户籍地 (本镇村居)", "Household (village here)"), all);
        household.setItemCaptionGenerator(OrgNode::name);
        household.setId("person-householdOrg");
        TextField householdPlace = field(ctx, "户籍地 (镇外地址)", "Household (address elsewhere)", "person-householdPlace");
        ComboBox<OrgNode> residence = new ComboBox<>(ctx.t("居住地 (管控村居)", "Residence (controlling village)"), own);
        residence.setItemCaptionGenerator(OrgNode::name);
        residence.setEmptySelectionAllowed(false);
        residence.setId("person-residenceOrg");
        if (own.size() == 1) {
            residence.setValue(own.get(0));
            household.setValue(own.get(0));
        }
        TextField worker = field(ctx, "责任社工", "Worker", "person-workerName");
        worker.setValue(user.displayName());
        TextField drugs = field(ctx, "滥用毒品种类", "Drug types", "person-drugTypes");
        DateField registered = new DateField(ctx.t("建档日期", "Registered on"), support.today());
        registered.setId("person-firstRegistered");
        registered.setDateFormat("yyyy-MM-dd");
        ComboBox<Status> status = new ComboBox<>(ctx.t("管控状态", "Status"), Lifecycle.initial());
        status.setItemCaptionGenerator(s -> ctx.t(s.label()));
        status.setEmptySelectionAllowed(false);
        status.setValue(Status.COMMUNITY_DETOX);
        status.setId("person-status");
        TextField basis = field(ctx, "管控依据 (决定书文号)", "Legal basis (decision number)", "person-legalBasis");
        ComboBox<Tier> tier = new ComboBox<>(ctx.t("风险等级", "Tier"), Arrays.asList(Tier.values()));
        tier.setItemCaptionGenerator(t -> ctx.t(t.label()));
        tier.setEmptySelectionAllowed(false);
        tier.setValue(Tier.C1);
        tier.setId("person-tier");
        TextField tierReason = field(ctx, "评级理由", "Tier reason", "person-tierReason");
        TextArea note = new TextArea(ctx.t("备注", "Note"));
        note.setRows(2);
        note.setWidth("100%");
        note.setId("person-note");
        FormLayout form = new FormLayout(name, id, phone, residence, household, householdPlace, worker, drugs, registered, status, basis,
                tier, tierReason, note);
        form.setWidth("640px");
        Map<String, com.vaadin.ui.AbstractComponent> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("idNumber", id);
        fields.put("phone", phone);
        fields.put("householdOrg", household);
        fields.put("householdPlace", householdPlace);
        fields.put("residenceOrg", residence);
        fields.put("residencePlace", residence);
        fields.put("drugTypes", drugs);
        fields.put("firstRegistered", registered);
        fields.put("statusSince", registered);
        fields.put("status", status);
        fields.put("legalBasis", basis);
        fields.put("tier", tier);
        fields.put("tierReason", tierReason);
        fields.put("note", note);
        long[] created = new long[1];
        Dialogs.open(ctx.t("新建人员档案", "New person file"), form, ctx.t("保存", "Save"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, fields, () -> created[0] = persons.create(user, new PersonDraft(name.getValue(), id.getValue(),
                        phone.getValue(), household.getValue() == null ? null : household.getValue().code(), householdPlace.getValue(),
                        residence.getValue() == null ? null : residence.getValue().code(), null, null, null, worker.getValue(),
                        drugs.getValue(), registered.getValue(), status.getValue(), registered.getValue(), basis.getValue(), tier.getValue(),
                        tierReason.getValue(), note.getValue())).id(), () -> ctx.navigate(ID, String.valueOf(created[0]))));
    }

    static TextField field(ViewContext ctx, String zh, String en, String id) {
        TextField f = new TextField(ctx.t(zh, en));
        f.setId(id);
        f.setWidth("100%");
        return f;
    }
}
