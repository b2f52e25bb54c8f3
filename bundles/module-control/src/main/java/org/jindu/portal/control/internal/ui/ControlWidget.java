package org.jindu.portal.control.internal.ui;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.ui.DashboardWidget;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.control.internal.model.Stats;
import org.jindu.portal.control.internal.service.Permissions;
import org.jindu.portal.control.internal.service.StatsService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;

/** Home tile: persons under control in the user's area and how much work is overdue. */
@Component(service = DashboardWidget.class)
public class ControlWidget implements DashboardWidget {
    private final StatsService stats;

    @Activate
    public ControlWidget(@Reference StatsService stats) {
        this.stats = stats;
    }

    @Override
    public String moduleId() {
        return Permissions.MODULE;
    }

    @Override
    public Text title() {
        return Text.of("管控帮扶", "Control and assistance");
    }

    @Override
    public String permission() {
        return Permissions.STATS;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public com.vaadin.ui.Component createWidget(ViewContext ctx) {
        Stats s = stats.stats(ctx.user());
        long community = s.byVillage().stream().mapToLong(Stats.Row::inCommunity).sum();
        long visits = s.byVillage().stream().mapToLong(Stats.Row::overdueVisits).sum();
        long tests = s.byVillage().stream().mapToLong(Stats.Row::overdueTests).sum();
        VerticalLayout box = new VerticalLayout(
                new Label(ctx.t("在册 " + s.persons() + " 人，社会面 " + community + " 人", s.persons() + " files, " + community + " in the community")),
                new Label(ctx.t("走访逾期 " + visits + " 人，检测逾期 " + tests + " 人", visits + " visits and " + tests + " tests overdue")));
        box.setMargin(false);
        box.setSpacing(false);
        box.setId("control-widget");
        return box;
    }
}
