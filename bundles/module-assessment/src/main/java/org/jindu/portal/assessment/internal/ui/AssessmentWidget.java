package org.jindu.portal.assessment.internal.ui;

import java.util.List;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.DashboardWidget;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.domain.Titles;
import org.jindu.portal.assessment.internal.model.ApplicationFilter;
import org.jindu.portal.assessment.internal.model.ApplicationInfo;
import org.jindu.portal.assessment.internal.model.CoverageRow;
import org.jindu.portal.assessment.internal.model.TitleFilter;
import org.jindu.portal.assessment.internal.model.TitleInfo;
import org.jindu.portal.assessment.internal.service.ApplicationService;
import org.jindu.portal.assessment.internal.service.CoverageService;
import org.jindu.portal.assessment.internal.service.Permissions;
import org.jindu.portal.assessment.internal.service.Support;
import org.jindu.portal.assessment.internal.service.TitleService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The home tile: what waits for the user in this year's creation, and the town's coverage against its target. */
@Component(service = DashboardWidget.class)
public class AssessmentWidget implements DashboardWidget {
    private final Support support;
    private final ApplicationService applications;
    private final TitleService titles;
    private final CoverageService coverage;

    @Activate
    public AssessmentWidget(@Reference Support support, @Reference ApplicationService applications, @Reference TitleService titles,
                            @Reference CoverageService coverage) {
        this.support = support;
        this.applications = applications;
        this.titles = titles;
        this.coverage = coverage;
    }

    @Override
    public String moduleId() {
        return Permissions.MODULE;
    }

    @Override
    public Text title() {
        return Text.of("示范创建", "Drug-free creation");
    }

    @Override
    public String permission() {
        return Permissions.READ;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.ui.Component createWidget(ViewContext ctx) {
        UserContext user = ctx.user();
        int year = support.today().getYear();
        VerticalLayout box = new VerticalLayout();
        box.setMargin(false);
        box.setSpacing(false);
        box.setId("assessment-widget");
        if (support.permitted(user, Permissions.APPLY)) {
            List<TitleInfo> held = titles.list(user, TitleFilter.all());
            held.stream().filter(t -> t.status() != Titles.Status.REVOKED).findFirst().ifPresentOrElse(
                    t -> box.addComponent(new Label(t.orgName() + "：" + t.titleName() + "，" + t.statusLabel()
                            + ctx.t("，命名于 ", ", since ") + UiKit.date(t.awardedOn()))),
                    () -> {
                        List<ApplicationInfo> mine = applications.list(user, new ApplicationFilter(null, year, null, null, false));
                        box.addComponent(new Label(mine.isEmpty() ? ctx.t(year + " 年度尚未申报", "No application for " + year + " yet")
                                : ctx.t(year + " 年度申报：", year + " application: ") + mine.get(0).stateLabel()));
                    });
        }
        if (support.permitted(user, Permissions.REVIEW)) {
            List<ApplicationInfo> all = applications.list(user, new ApplicationFilter(null, year, null, null, false));
            box.addComponent(new Label(ctx.t("待审核 ", "To review ") + count(all, ApplicationState.SUBMITTED)
                    + ctx.t("，实施推进中 ", ", in implementation ") + count(all, ApplicationState.ACCEPTED)
                    + ctx.t("，考评中 ", ", under assessment ") + count(all, ApplicationState.UNDER_ASSESSMENT)
                    + ctx.t("，待督导/确定 ", ", to supervise/decide ") + (count(all, ApplicationState.ASSESSED) + count(all, ApplicationState.SUPERVISED))));
        }
        if (support.permitted(user, Permissions.SCORE)) {
            long open = applications.list(user, new ApplicationFilter(null, null, ApplicationState.UNDER_ASSESSMENT, null, true)).stream()
                    .filter(a -> a.assessors().stream().anyMatch(r -> r.id() == user.userId() && !r.submitted())).count();
            box.addComponent(new Label(ctx.t("待评分的申报 ", "Applications to score ") + open));
        }
        coverage.report(user, year, null).stream().findFirst().ifPresent((CoverageRow r) -> {
            Label l = new Label(r.townName() + ctx.t(" 无毒村居覆盖率 ", " coverage ") + Ui.score(r.percent()) + "%"
                    + (r.targetPercent() == null ? "" : ctx.t("，目标 ", ", target ") + Ui.score(r.targetPercent()) + "%"));
            l.setId("assessment-widget-coverage");
            box.addComponent(l);
        });
        Button open = new Button(ctx.t("进入示范创建", "Open"), e -> ctx.navigate(support.permitted(user, Permissions.APPLICATION_READ)
                ? ApplicationsView.ID : support.permitted(user, Permissions.SCORE) ? TasksView.ID : "assessment/titles", ""));
        open.addStyleName(ValoTheme.BUTTON_LINK);
        box.addComponent(open);
        return box;
    }

    private static long count(List<ApplicationInfo> all, ApplicationState state) {
        return all.stream().filter(a -> a.state() == state).count();
    }
}
