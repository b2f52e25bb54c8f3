package ${package}.internal.ui;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.ui.DashboardWidget;
import org.jindu.portal.api.ui.ViewContext;
import ${package}.internal.Descriptor;
import ${package}.internal.service.NoteService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Label;

/** The home tile: how many notes the user's area has. */
@Component(service = DashboardWidget.class)
public class NotesWidget implements DashboardWidget {
    private final NoteService notes;

    @Activate
    public NotesWidget(@Reference NoteService notes) {
        this.notes = notes;
    }

    @Override
    public String moduleId() {
        return Descriptor.ID;
    }

    @Override
    public Text title() {
        return Text.of("${moduleName}", "${moduleNameEn}");
    }

    @Override
    public String permission() {
        return Descriptor.READ;
    }

    @Override
    public com.vaadin.ui.Component createWidget(ViewContext ctx) {
        long n = notes.count(ctx.user());
        Label label = new Label(ctx.t("本辖区记事 " + n + " 条", n + " notes in your area"));
        label.setId("${moduleId}-widget");
        return label;
    }
}
