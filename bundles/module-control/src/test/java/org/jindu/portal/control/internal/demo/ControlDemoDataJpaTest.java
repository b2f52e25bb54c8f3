package org.jindu.portal.control.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.DemoContext;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.control.internal.domain.IdNumber;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.model.PersonFilter;
import org.jindu.portal.control.internal.model.PersonInfo;
import org.jindu.portal.control.internal.model.Stats;
import org.jindu.portal.control.internal.service.Fixture;
import org.junit.jupiter.api.Test;

/** The demo persons load through the services, once, in several statuses and tiers, with fictional ID numbers. */
class ControlDemoDataJpaTest {

    @Test
    void theDemoTownHasPersonsInSeveralStatusesAndTiers() throws Exception {
        try (Fixture f = new Fixture()) {
            ControlDemoData demo = new ControlDemoData(f.support, f.persons, f.work, f.handovers, f.searches);
            DemoContext ctx = new DemoContext() {
                public OrgDirectory org() {
                    return f.org;
                }

                public UserContext user(String username) {
                    return f.user(username);
                }
            };
            demo.load(ctx);
            demo.load(ctx); // a re-run adds nothing
            UserContext office = f.user("office");
            var all = f.persons.list(office, PersonFilter.all());
            assertThat(all).hasSize(12);
            assertThat(all).extracting(PersonInfo::status).map(Status::name).contains("COMMUNITY_DETOX", "COMMUNITY_REHAB",
                    "COMPULSORY_DETOX", "VOLUNTARY_DETOX", "IN_CUSTODY", "RELEASED", "LOST_CONTACT", "ABSTINENT", "DECEASED");
            assertThat(all).extracting(p -> p.tier().name()).contains("A", "B", "C1", "C2");
            assertThat(all).allSatisfy(p -> assertThat(p.name()).endsWith("(演示)"));
            for (PersonInfo p : all) {
                String id = f.persons.identify(office, p.id(), "test").idNumber();
                assertThat(id).startsWith("990101");
                assertThat(IdNumber.problem(id, Fixture.TODAY)).isEmpty();
            }
            assertThat(all).anyMatch(p -> p.openProposals() == 1);
            assertThat(all).anyMatch(p -> p.visitOverdueDays() > 0);
            assertThat(f.handovers.list(f.user("village2"))).singleElement().satisfies(h -> assertThat(h.state()).isEqualTo("REQUESTED"));
            assertThat(f.duties.open(office)).isNotEmpty();
            assertThat(f.searches.list(office)).extracting(c -> c.kind() + ":" + c.state() + ":" + c.actions().size())
                    .containsExactlyInAnyOrder("LOST:OPEN:2", "HIDDEN:OPEN:1");
            Stats s = f.stats.stats(f.user("leader"));
            assertThat(s.persons()).isEqualTo(12);
            assertThat(s.quarters()).hasSize(8);
        }
    }
}
