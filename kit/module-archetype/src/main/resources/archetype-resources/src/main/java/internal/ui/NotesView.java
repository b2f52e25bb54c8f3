package ${package}.internal.ui;

import java.util.Map;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import ${package}.internal.Descriptor;
import ${package}.internal.model.Note;
import ${package}.internal.model.NoteDraft;
import ${package}.internal.service.NoteService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The module's page: the notes of one's area and a form to write one. A new component tree per UI session. */
@Component(service = ViewContribution.class)
public class NotesView extends AbstractViewContribution {
    private final NoteService notes;
    private final OrgDirectory org;

    @Activate
    public NotesView(@Reference NoteService notes, @Reference OrgDirectory org) {
        super(Descriptor.ID + "/notes", Descriptor.ID, Text.of("${moduleName}", "${moduleNameEn}"), Descriptor.READ, 10, "NOTEBOOK");
        this.notes = notes;
        this.org = org;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        Grid<Note> grid = new Grid<>();
        grid.setId("${moduleId}-notes-grid");
        grid.setWidth("100%");
        grid.addColumn(Note::orgName).setCaption(ctx.t("单位", "Unit"));
        grid.addColumn(Note::title).setCaption(ctx.t("标题", "Title"));
        grid.addColumn(n -> UiKit.text(n.text())).setCaption(ctx.t("内容", "Note"));
        grid.addColumn(Note::createdBy).setCaption(ctx.t("记录人", "By"));
        grid.addColumn(n -> UiKit.time(n.createdAt())).setCaption(ctx.t("时间", "When"));
        Runnable reload = () -> grid.setItems(notes.list(ctx.user()));
        reload.run();

        Button add = new Button(ctx.t("新记事", "New note"), e -> write(ctx, reload));
        add.setId("${moduleId}-new");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        VerticalLayout root = new VerticalLayout(UiKit.heading(ctx.t("${moduleName}", "${moduleNameEn}")), add, grid);
        root.setId("${moduleId}-view");
        return root;
    }

    private void write(ViewContext ctx, Runnable reload) {
        ComboBox<OrgNode> unit = new ComboBox<>(ctx.t("单位", "Unit"));
        unit.setItems(ctx.user().scopeNodeIds().stream().flatMap(id -> org.subtree(id).stream()).distinct().toList());
        unit.setItemCaptionGenerator(n -> n.name(ctx.locale()));
        unit.setId("${moduleId}-unit");
        TextField title = new TextField(ctx.t("标题", "Title"));
        title.setId("${moduleId}-title");
        TextArea text = new TextArea(ctx.t("内容", "Note"));
        text.setId("${moduleId}-text");
        FormLayout form = new FormLayout(unit, title, text);
        Dialogs.open(ctx.t("新记事", "New note"), form, ctx.t("保存", "Save"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, Map.of("orgCode", unit, "title", title, "text", text),
                        () -> notes.create(ctx.user(), new NoteDraft(unit.getValue() == null ? null : unit.getValue().code(),
                                title.getValue(), text.getValue())), reload));
    }
}
