package org.jindu.portal.control.internal.service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.data.Table;
import org.jindu.portal.api.data.TableExporter;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.model.Stats;
import org.jindu.portal.control.internal.persistence.PersonEntity;
import org.jindu.portal.control.internal.persistence.WorkEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Dashboard figures without names (counts by status, tier and village, overdue work, quarters; not audited, as they
 * show no one) and the masked Excel export of the person list (audited naming every file exported).
 */
@Component(service = StatsService.class)
public class StatsService {
    private final Support support;
    private final PersonService persons;
    private final TableExporter exporter;

    @Activate
    public StatsService(@Reference Support support, @Reference PersonService persons, @Reference TableExporter exporter) {
        this.support = support;
        this.persons = persons;
        this.exporter = exporter;
    }

    public Stats stats(UserContext user) {
        support.check(user, Permissions.STATS);
        Set<Long> nodes = support.visible(user, Permissions.STATS);
        LocalDate today = support.today();
        List<PersonEntity> all = support.tx(em -> persons.inScope(em, nodes, null, null));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            byStatus.put(s.name(), all.stream().filter(p -> p.getStatus().equals(s.name())).count());
        }
        Map<String, Long> byTier = new LinkedHashMap<>();
        for (Tier t : Tier.values()) {
            byTier.put(t.name(), all.stream().filter(p -> !Status.valueOf(p.getStatus()).equals(Status.DECEASED) && p.getTier().equals(t.name())).count());
        }
        Map<Long, List<PersonEntity>> byVillage = all.stream().collect(Collectors.groupingBy(p -> persons.villageOf(p).id(), TreeMap::new, Collectors.toList()));
        List<Stats.Row> rows = new ArrayList<>();
        Map<String, long[]> overdue = new TreeMap<>();
        for (Map.Entry<Long, List<PersonEntity>> e : byVillage.entrySet()) {
            OrgNode village = support.node(e.getKey());
            long inCommunity = 0;
            long visits = 0;
            long tests = 0;
            for (PersonEntity p : e.getValue()) {
                Status status = Status.valueOf(p.getStatus());
                if (!status.inCommunity()) {
                    continue;
                }
                inCommunity++;
                boolean v = persons.nextVisit(p).overdue();
                boolean t = persons.nextTest(p).overdue();
                visits += v ? 1 : 0;
                tests += t ? 1 : 0;
                if (v || t) {
                    // per grid when the file has one, else per village; and per worker
                    String place = support.node(p.getControlNodeId()).code();
                    long[] c = overdue.computeIfAbsent(place + "\t" + Optional.ofNullable(p.getWorkerName()).orElse("(未指定)"), k -> new long[2]);
                    c[0] += v ? 1 : 0;
                    c[1] += t ? 1 : 0;
                }
            }
            rows.add(new Stats.Row(village.code(), village.name(), e.getValue().size(), inCommunity, visits, tests));
        }
        List<Stats.Overdue> over = overdue.entrySet().stream()
                .map(e -> new Stats.Overdue(e.getKey().split("\t")[0], e.getKey().split("\t")[1], e.getValue()[0], e.getValue()[1])).toList();
        return new Stats(all.size(), byStatus, byTier, rows, over, quarters(all, today));
    }

    private List<Stats.Quarter> quarters(List<PersonEntity> all, LocalDate today) {
        Set<Long> ids = all.stream().map(PersonEntity::getId).collect(Collectors.toSet());
        LocalDate first = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).minusMonths(21);
        List<WorkEntity> tests = ids.isEmpty() ? List.of() : support.tx(em -> em.createQuery(
                "select w from WorkEntity w where w.workDate >= :from and (w.kind = 'URINE_TEST' or w.kind = 'HAIR_TEST')", WorkEntity.class)
                .setParameter("from", first).getResultList()).stream().filter(w -> ids.contains(w.getPersonId())).toList();
        List<Stats.Quarter> out = new ArrayList<>();
        for (LocalDate q = first; !q.isAfter(today); q = q.plusMonths(3)) {
            LocalDate from = q;
            LocalDate to = q.plusMonths(3);
            String label = q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1);
            long registered = all.stream().filter(p -> !p.getFirstRegistered().isBefore(from) && p.getFirstRegistered().isBefore(to)).count();
            List<WorkEntity> inQ = tests.stream().filter(w -> !w.getWorkDate().isBefore(from) && w.getWorkDate().isBefore(to)).toList();
            out.add(new Stats.Quarter(label, registered, inQ.size(), inQ.stream().filter(w -> "POSITIVE".equals(w.getResult())).count()));
        }
        return out;
    }

    /**
     * The person list of the user's area as a spreadsheet. ID numbers and phones are masked unless {@code full} is
     * asked by a user who may identify persons; either way the export is audited.
     */
    public void exportXlsx(UserContext user, boolean full, OutputStream out) throws IOException {
        writeXlsx(exportTable(user, full), out);
    }

    public void writeXlsx(Table table, OutputStream out) throws IOException {
        exporter.xlsx(table, out);
    }

    /** The export's table, checked and audited (naming every file in it) before the first byte goes out. */
    public Table exportTable(UserContext user, boolean full) {
        support.check(user, Permissions.EXPORT);
        boolean identify = full && support.permitted(user, Permissions.IDENTIFY);
        Set<Long> nodes = support.visible(user, Permissions.EXPORT);
        return support.tx(em -> {
            List<PersonEntity> all = persons.inScope(em, nodes, null, null);
            List<List<Object>> rows = new ArrayList<>();
            for (PersonEntity p : all) {
                // decrypted only for the full export; the masked one uses the stored masked forms
                PersonService.Masked masked = identify ? null : persons.masked(p);
                String id = identify ? support.sensitive().decrypt(p.getIdCipher()) : masked.idNumber();
                String phone = identify ? support.sensitive().decrypt(p.getPhoneCipher()) : masked.phone();
                rows.add(List.of(p.getName(), id, phone == null ? "" : phone,
                        persons.villageOf(p).name(), Status.valueOf(p.getStatus()).label().get(user.locale()), p.getStatusSince(),
                        p.getStatusDue() == null ? "" : p.getStatusDue(), p.getTier(), Optional.ofNullable(p.getWorkerName()).orElse("")));
            }
            Text title = Text.of("管控人员清单", "Persons under control");
            List<String> headers = List.of(t(user, "姓名", "Name"), t(user, "身份证号", "ID number"), t(user, "电话", "Phone"),
                    t(user, "管控村居", "Village"), t(user, "管控状态", "Status"), t(user, "状态起始", "Since"), t(user, "期满日期", "Due"),
                    t(user, "风险等级", "Tier"), t(user, "责任社工", "Worker"));
            support.auditRead(user, AuditAction.EXPORT, PersonService.RECORD, all.stream().map(PersonEntity::getId).toList(),
                    rows.size() + " files" + (identify ? ", full ID numbers" : ", masked"));
            return new Table(title.get(user.locale()), headers, rows);
        });
    }

    private static String t(UserContext user, String zh, String en) {
        return Text.of(zh, en).get(user.locale());
    }

}
