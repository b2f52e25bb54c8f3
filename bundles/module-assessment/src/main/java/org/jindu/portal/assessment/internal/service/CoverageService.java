package org.jindu.portal.assessment.internal.service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.data.Table;
import org.jindu.portal.api.data.TableExporter;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.assessment.internal.domain.Coverage;
import org.jindu.portal.assessment.internal.model.CoverageRow;
import org.jindu.portal.assessment.internal.model.TargetDraft;
import org.jindu.portal.assessment.internal.persistence.TargetEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Coverage and targets (CA-9): per town and year, the villages holding the title at the end of the year (today for
 * the current year) against all its villages, the year's target (the town's own, else the configured default carried
 * forward from the latest earlier year) and its quota. Exported to Excel for the office's reports.
 */
@Component(service = CoverageService.class)
public class CoverageService {
    private final Support support;
    private final TableExporter exporter;

    @Activate
    public CoverageService(@Reference Support support, @Reference TableExporter exporter) {
        this.support = support;
        this.exporter = exporter;
    }

    /**
     * Coverage of the towns in the user's area, every year from the configured first year (or one year). Village staff
     * see their own town's figures: coverage is an aggregate the plan publishes, not a record of other villages.
     */
    public List<CoverageRow> report(UserContext user, Integer year, String townCode) {
        support.check(user, Permissions.READ);
        Set<Long> visible = new HashSet<>(support.visible(user, Permissions.READ));
        for (long scope : user.scopeNodeIds()) {
            if (support.permitted(user, Permissions.READ, scope)) {
                support.org().ancestorAtLevel(scope, OrgLevel.TOWN).ifPresent(t -> visible.add(t.id()));
            }
        }
        List<OrgNode> towns = support.org().nodesAtLevel(OrgLevel.TOWN).stream().filter(t -> visible.contains(t.id()))
                .filter(t -> townCode == null || townCode.isBlank() || t.code().equals(townCode.strip())).toList();
        LocalDate today = support.today();
        int first = year != null ? year : Math.min(support.config().firstYear(), today.getYear());
        int last = year != null ? year : today.getYear();
        TreeMap<Integer, Double> defaults = defaultTargets(support.config().defaultTargets());
        return support.tx(em -> {
            List<CoverageRow> rows = new ArrayList<>();
            for (OrgNode town : towns) {
                List<Long> villages = support.villagesOf(town.id()).stream().map(OrgNode::id).toList();
                for (int y = first; y <= last; y++) {
                    LocalDate day = y < today.getYear() ? LocalDate.of(y, 12, 31) : today;
                    int designated = TitleService.designatedAt(em, villages, day);
                    double percent = Coverage.percent(designated, villages.size());
                    TargetEntity t = em.find(TargetEntity.class, new TargetEntity.Key(town.id(), y));
                    Double target = t != null && t.getTargetPercent() != null ? t.getTargetPercent() : floor(defaults, y);
                    long accepted = em.createQuery("select count(a) from ApplicationEntity a, RoundEntity r where a.roundId = r.id "
                                    + "and r.orgNodeId = :town and r.year = :y and a.acceptedOn is not null", Long.class)
                            .setParameter("town", town.id()).setParameter("y", y).getSingleResult();
                    rows.add(new CoverageRow(town.id(), town.code(), town.name(user.locale()), y, villages.size(), designated, percent,
                            target, Coverage.targetMet(percent, target), t == null ? null : t.getQuota(),
                            t == null ? null : t.getExtraQuota(), (int) accepted));
                }
            }
            return rows;
        });
    }

    /** Sets a town's target and quota for a year. */
    public CoverageRow setTarget(UserContext user, TargetDraft d) {
        if (d == null) {
            throw ValidationException.of("townCode", Text.of("请填写目标", "the target is required"));
        }
        new Validator()
                .required("townCode", d.townCode(), Text.of("镇街", "Town"))
                .required("year", d.year(), Text.of("年度", "Year"))
                .range("year", d.year(), 2000, 2100)
                .range("targetPercent", d.targetPercent(), 0, 100)
                .range("quota", d.quota(), 0, 1000)
                .range("extraQuota", d.extraQuota(), 0, 2)
                .throwIfInvalid();
        OrgNode town = support.nodeByCode(d.townCode(), "townCode");
        if (town.level() != OrgLevel.TOWN) {
            throw ValidationException.of("townCode", Text.of(town.name() + " 不是镇街", town.nameEn() + " is not a town"));
        }
        support.check(user, Permissions.TARGET_EDIT, town.id());
        support.run(em -> {
            TargetEntity t = em.find(TargetEntity.class, new TargetEntity.Key(town.id(), d.year()));
            if (t == null) {
                t = new TargetEntity();
                t.setOrgNodeId(town.id());
                t.setYear(d.year());
                em.persist(t);
            }
            t.setTargetPercent(d.targetPercent());
            t.setQuota(d.quota());
            t.setExtraQuota(d.extraQuota());
            t.setUpdatedBy(user.username());
            t.setUpdatedAt(LocalDateTime.now());
            support.audit(user, AuditAction.UPDATE, "target", town.code() + "/" + d.year(), town.id(),
                    "target " + d.targetPercent() + "% quota " + d.quota() + " extra " + d.extraQuota());
        });
        return report(user, d.year(), town.code()).get(0);
    }

    /** The report as a table for Excel, in the user's language. */
    public Table table(UserContext user, List<CoverageRow> rows) {
        boolean en = "en".equals(user.locale().getLanguage());
        List<String> headers = en
                ? List.of("Town", "Year", "Villages", "Holding the title", "Coverage %", "Target %", "Target met", "Quota", "Extra quota", "Accepted")
                : List.of("镇街", "年度", "村居总数", "无毒村居数", "覆盖率%", "目标%", "是否达标", "创建名额", "倾斜名额", "当年通过审核");
        List<List<Object>> data = new ArrayList<>();
        for (CoverageRow r : rows) {
            List<Object> row = new ArrayList<>();
            row.add(r.townName());
            row.add(r.year());
            row.add(r.villages());
            row.add(r.designated());
            row.add(r.percent());
            row.add(r.targetPercent() == null ? "" : r.targetPercent());
            row.add(r.targetPercent() == null ? "" : r.targetMet() ? (en ? "yes" : "是") : (en ? "no" : "否"));
            row.add(r.quota() == null ? "" : r.quota());
            row.add(r.extraQuota() == null ? "" : r.extraQuota());
            row.add(r.accepted());
            data.add(row);
        }
        return new Table(en ? "Coverage" : "无毒村居覆盖率", headers, data);
    }

    /**
     * The report to export; requires {@code assessment.export} and is audited. Towns' figures, no personal data: one
     * entry for the export, committed before the table is returned.
     */
    public Table exportTable(UserContext user, Integer year) {
        support.check(user, Permissions.EXPORT);
        return support.tx(em -> {
            List<CoverageRow> rows = report(user, year, null);
            support.audit(user, AuditAction.EXPORT, "coverage", year == null ? "all" : year.toString(), null, rows.size() + " rows");
            return table(user, rows);
        });
    }

    public void writeXlsx(Table table, OutputStream out) throws IOException {
        exporter.xlsx(table, out);
    }

    /** Checks, audits and writes the report as an Excel workbook. */
    public void exportXlsx(UserContext user, Integer year, OutputStream out) throws IOException {
        writeXlsx(exportTable(user, year), out);
    }

    /** Parses "2024:60,2026:80" into year → percent; malformed parts are ignored (the metatype describes the format). */
    static TreeMap<Integer, Double> defaultTargets(String spec) {
        TreeMap<Integer, Double> out = new TreeMap<>();
        if (spec == null) {
            return out;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.strip().split(":");
            if (kv.length == 2) {
                try {
                    out.put(Integer.parseInt(kv[0].strip()), Double.parseDouble(kv[1].strip()));
                } catch (NumberFormatException ignored) {
                    // a typo in the configuration must not break the dashboard
                }
            }
        }
        return out;
    }

    static Double floor(TreeMap<Integer, Double> targets, int year) {
        Map.Entry<Integer, Double> e = targets.floorEntry(year);
        return e == null ? null : e.getValue();
    }
}
