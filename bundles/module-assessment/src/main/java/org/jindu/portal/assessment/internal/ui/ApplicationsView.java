package org.jindu.portal.assessment.internal.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.model.ApplicationDraft;
import org.jindu.portal.assessment.internal.model.ApplicationFilter;
import org.jindu.portal.assessment.internal.model.ApplicationInfo;
import org.jindu.portal.assessment.internal.model.RoundInfo;
import org.jindu.portal.assessment.internal.service.ApplicationService;
import org.jindu.portal.assessment.internal.service.EvidenceService;
import org.jindu.portal.assessment.internal.service.Permissions;
import org.jindu.portal.assessment.internal.service.RoundService;
import org.jindu.portal.assessment.internal.service.ScoringService;
import org.jindu.portal.assessment.internal.service.StandardService;
import org.jindu.portal.assessment.internal.service.Support;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 创建申报: the applications of the user's area (village staff: their own), filtered by year and state; a new
 * application for users who apply; {@code assessment/applications/<id>} opens one application with its form,
 * evidence, assessment and history ({@link ApplicationDetail}).
 */
@Component(service = ViewContribution.class)
public class ApplicationsView extends AbstractViewContribution {
    static final String ID = "assessment/applications";

    private final Support support;
    private final RoundService rounds;
    private final ApplicationService applications;
    private final EvidenceService evidence;
    private final ScoringService scoring;
    private final StandardService standards;

    @Activate
    public ApplicationsView(@Reference Support support, @Reference RoundService rounds, @Reference ApplicationService applications,
                            @Reference EvidenceService evidence, @Reference ScoringService scoring, @Reference StandardService standards) {
        super(ID, Permissions.MODULE, Text.of("创建申报", "Applications"), Permissions.APPLICATION_READ, 10, "FILE_TEXT_O");
        this.support = support;
        this.rounds = rounds;
        this.applications = applications;
        this.evidence = evidence;
        this.scoring = scoring;
        this.standards = standards;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        if (parameters != null && parameters.matches("\\d+")) {
            return new ApplicationDetail(ctx, Long.parseLong(parameters), applications, evidence, scoring, standards, ID).build();
        }
        return list(ctx);
    }

    private com.vaadin.ui.Component list(ViewContext ctx) {
        UserContext user = ctx.user();
        ComboBox<Integer> year = new ComboBox<>(ctx.t("年度", "Year"));
        int thisYear = support.today().getYear();
        year.setItems(java.util.stream.IntStream.rangeClosed(support.config().firstYear(), thisYear + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        year.setId("applications-year");
        ComboBox<ApplicationState> state = new ComboBox<>(ctx.t("状态", "State"), Arrays.asList(ApplicationState.values()));
        state.setItemCaptionGenerator(s -> ctx.t(s.label()));
        state.setId("applications-state");

        Grid<ApplicationInfo> grid = new Grid<>();
        grid.setId("applications-grid");
        grid.setSizeFull();
        grid.addColumn(ApplicationInfo::year).setCaption(ctx.t("年度", "Year")).setWidth(90);
        grid.addColumn(ApplicationInfo::orgName).setCaption(ctx.t("申报单位", "Applicant")).setId("org");
        grid.addColumn(ApplicationInfo::stateLabel).setCaption(ctx.t("状态", "State")).setId("state");
        grid.addColumn(a -> Ui.score(a.selfScore())).setCaption(ctx.t("自评分", "Self score"));
        grid.addColumn(a -> Ui.score(a.totalScore())).setCaption(ctx.t("考评得分", "Score"));
        grid.addColumn(a -> a.passed() == null ? "" : a.passed() ? ctx.t("通过", "Passed") : ctx.t("未通过", "Failed"))
                .setCaption(ctx.t("考评结论", "Result"));
        grid.addColumn(a -> UiKit.date(a.acceptedOn())).setCaption(ctx.t("审核通过", "Accepted"));
        grid.addColumn(a -> UiKit.time(a.updatedAt())).setCaption(ctx.t("更新时间", "Updated"));
        Runnable reload = () -> grid.setItems(applications.list(user, new ApplicationFilter(null, year.getValue(), state.getValue(), null, false)));
        year.addValueChangeListener(e -> reload.run());
        state.addValueChangeListener(e -> reload.run());
        reload.run();
        grid.addItemClickListener(e -> {
            if (e.getMouseEventDetails().isDoubleClick()) {
                ctx.navigate(ID, String.valueOf(e.getItem().id()));
            }
        });
        Button open = new Button(ctx.t("查看", "Open"), e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(a -> ctx.navigate(ID, String.valueOf(a.id()))));
        open.setId("applications-open");
        open.setEnabled(false);
        grid.addSelectionListener(e -> open.setEnabled(e.getFirstSelectedItem().isPresent()));

        HorizontalLayout bar = new HorizontalLayout(year, state, open);
        bar.setDefaultComponentAlignment(com.vaadin.ui.Alignment.BOTTOM_LEFT);
        if (support.permitted(user, Permissions.APPLY)) {
            Button add = new Button(ctx.t("新建申报", "New application"), e -> create(ctx));
            add.setId("applications-new");
            add.addStyleName(ValoTheme.BUTTON_PRIMARY);
            bar.addComponent(add, 0);
        }
        VerticalLayout root = new VerticalLayout(UiKit.heading(ctx.t("创建申报", "Applications")), bar, grid);
        root.setId("applications-view");
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }

    /** Starts an application: the round (this year's of the user's town by default), then the form in the detail view. */
    private void create(ViewContext ctx) {
        List<RoundInfo> open = rounds.list(ctx.user(), null).stream()
                .filter(r -> r.year() >= support.today().getYear() - 1).toList();
        ComboBox<RoundInfo> round = new ComboBox<>(ctx.t("创建轮次", "Round"), open);
        round.setItemCaptionGenerator(RoundInfo::name);
        round.setEmptySelectionAllowed(false);
        round.setWidth("100%");
        round.setId("new-round");
        open.stream().filter(r -> r.year() == support.today().getYear()).findFirst().ifPresent(round::setValue);
        FormLayout form = new FormLayout(round, UiKit.note(ctx.t("新建后在申报表中填写联系人、创建工作方案和自评情况，保存后提交。",
                "After creating it, fill in the contact, the creation plan and the self-assessment, save, then submit.")));
        long[] created = new long[1];
        Dialogs.open(ctx.t("新建创建申报", "New application"), form, ctx.t("新建", "Create"), ctx.t("取消", "Cancel"),
                () -> Dialogs.save(ctx, Map.of("roundId", round), () -> created[0] = applications.create(ctx.user(),
                        new ApplicationDraft(round.getValue() == null ? null : round.getValue().id(), null, null, null, null, null, null)).id(),
                        () -> ctx.navigate(ID, String.valueOf(created[0]))));
    }
}
