package org.jindu.portal.assessment.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.DemoContext;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.domain.Titles;
import org.jindu.portal.assessment.internal.model.ApplicationFilter;
import org.jindu.portal.assessment.internal.model.ApplicationInfo;
import org.jindu.portal.assessment.internal.model.CoverageRow;
import org.jindu.portal.assessment.internal.model.TitleFilter;
import org.jindu.portal.assessment.internal.model.TitleInfo;
import org.jindu.portal.assessment.internal.service.Fixture;
import org.junit.jupiter.api.Test;

/** The demo history loads through the services, once, and shows rounds in every interesting state. */
class AssessmentDemoDataJpaTest {

    @Test
    void theDemoTownHasALivingHistory() throws Exception {
        try (Fixture f = new Fixture(org.jindu.portal.testkit.TestOrg.DEMO_VILLAGES)) {
            AssessmentDemoData demo = new AssessmentDemoData(f.support, f.standards, f.rounds, f.applications, f.scoring,
                    f.evidence, f.titles, f.coverage);
            DemoContext ctx = new DemoContext() {
                public OrgDirectory org() {
                    return f.org;
                }

                public UserContext user(String username) {
                    return f.user(username);
                }
            };
            demo.load(ctx);
            demo.load(ctx); // a re-run (after a crash half-way) adds nothing
            UserContext office = f.user("office");

            Map<String, ApplicationState> byVillage = f.applications.list(office, ApplicationFilter.all()).stream()
                    .collect(Collectors.toMap(a -> a.year() + " " + a.orgCode(), ApplicationInfo::state));
            assertThat(byVillage).containsEntry("2023 HG-GW-NS", ApplicationState.DESIGNATED)
                    .containsEntry("2023 HG-GW-BS", ApplicationState.NOT_DESIGNATED)
                    .containsEntry("2024 HG-GW-YX", ApplicationState.REJECTED)
                    .containsEntry("2026 HG-GW-XC", ApplicationState.UNDER_ASSESSMENT)
                    .containsEntry("2026 HG-GW-SJ", ApplicationState.SUBMITTED)
                    .containsEntry("2026 HG-GW-YX", ApplicationState.ACCEPTED)
                    .containsEntry("2026 HG-GW-BS", ApplicationState.DRAFT)
                    .doesNotContainKey("2026 HG-GW-DC");
            List<TitleInfo> titles = f.titles.list(office, TitleFilter.all());
            assertThat(titles).filteredOn(t -> t.status() == Titles.Status.REVOKED).extracting(TitleInfo::orgCode).containsExactly("HG-GW-NS");
            assertThat(titles).filteredOn(t -> t.orgCode().equals("HG-GW-XM")).singleElement()
                    .satisfies(t -> assertThat(t.reviews()).extracting(r -> r.outcome()).containsExactly(Titles.Outcome.YELLOW_CARD));
            assertThat(f.applications.list(f.user("assessor"), new ApplicationFilter(null, null, null, null, true)))
                    .extracting(ApplicationInfo::orgCode).contains("HG-GW-XC");
            assertThat(f.evidence.list(f.user("village2"), byId(f, office, "HG-GW-XC"))).hasSize(3);
            CoverageRow now = f.coverage.report(office, 2026, "HG-GW").get(0);
            assertThat(now.designated()).isEqualTo(4);
            assertThat(now.villages()).isEqualTo(10);
            assertThat(now.targetPercent()).isEqualTo(70.0);
        }
    }

    private static long byId(Fixture f, UserContext office, String code) {
        return f.applications.list(office, new ApplicationFilter(null, 2026, null, code, false)).get(0).id();
    }
}
