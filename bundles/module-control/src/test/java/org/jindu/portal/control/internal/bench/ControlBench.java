package org.jindu.portal.control.internal.bench;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.control.internal.domain.IdNumber;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.model.PersonDraft;
import org.jindu.portal.control.internal.model.PersonFilter;
import org.jindu.portal.control.internal.model.TestResult;
import org.jindu.portal.control.internal.model.WorkDraft;
import org.jindu.portal.control.internal.model.WorkKind;
import org.jindu.portal.control.internal.service.Fixture;
import org.jindu.portal.testkit.TestOrg;

/**
 * How the control module's reads scale with the size of a town's caseload: {@code persons} files spread over the demo
 * town's ten villages, each with a visit and a test, through the real services on in-memory Derby (or PostgreSQL with
 * {@code PORTAL_TEST_POSTGRES_URL}). Prints the median of several runs of each read. Run with {@code bench/control.sh}.
 */
public final class ControlBench {
    private ControlBench() {
    }

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        try (Fixture f = new Fixture()) {
            UserContext office = f.user("office");
            UserContext village = f.user("village");
            long start = System.nanoTime();
            String first = null;
            for (int i = 0; i < persons; i++) {
                String v = TestOrg.DEMO_VILLAGES.get(i % TestOrg.DEMO_VILLAGES.size()).split(":")[0];
                LocalDate born = LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28);
                String id = IdNumber.withCheckDigit(String.format(Locale.ROOT, "990199%s%03d", born.toString().replace("-", ""), i % 1000));
                first = first == null ? id : first;
                long pid = f.persons.create(office, new PersonDraft("基准" + i, id, "139" + String.format(Locale.ROOT, "%08d", i),
                        "HG-GW-" + v, null, "HG-GW-" + v, null, null, null, "社工" + (i % 25), "冰毒", LocalDate.of(2024, 1, 1),
                        Status.values()[i % 7], LocalDate.of(2024, 1, 1), "基准 " + i, Tier.values()[i % 4], null, null)).id();
                f.work.record(office, pid, new WorkDraft(WorkKind.VISIT, LocalDate.of(2026, 11, 1 + i % 27), null, null, null, null));
                f.work.record(office, pid, new WorkDraft(WorkKind.URINE_TEST, LocalDate.of(2026, 10, 1 + i % 28), TestResult.NEGATIVE, null, "所", null));
            }
            System.out.printf(Locale.ROOT, "control module, %d files (+%d work records) on %s, created in %.1f s%n", persons, 2 * persons,
                    org.jindu.portal.testkit.TestDatabase.onPostgres() ? "PostgreSQL" : "in-memory Derby", (System.nanoTime() - start) / 1e9);
            String id = first;
            report("list, whole town (office)", runs, () -> f.persons.list(office, PersonFilter.all()).size());
            report("list, one village (village worker)", runs, () -> f.persons.list(village, PersonFilter.all()).size());
            report("list, filtered: tier A, overdue", runs, () -> f.persons.list(office, new PersonFilter(null, Tier.A, null, true, null)).size());
            report("one file with full identity", runs, () -> f.persons.identify(office, 1, "test").id());
            report("status query by exact ID number", runs, () -> f.exchange.status(office, id).registered() ? 1 : 0);
            report("dashboard figures", runs, () -> f.stats.stats(office).persons());
            report("export table, masked (text writer)", runs, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    f.stats.exportXlsx(office, false, out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return out.size();
            });
        }
    }

    private static void report(String what, int runs, Supplier<Object> work) {
        work.get(); // warm
        List<Long> times = new ArrayList<>();
        Object result = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            result = work.get();
            times.add(System.nanoTime() - t);
        }
        times.sort(null);
        System.out.printf(Locale.ROOT, "  %-38s %8.1f ms  (median of %d; result %s)%n", what, times.get(times.size() / 2) / 1e6, runs, result);
    }
}
