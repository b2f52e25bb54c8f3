package org.jindu.portal.control.internal.service;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.control.internal.domain.Lifecycle;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.persistence.DutyEntity;
import org.jindu.portal.control.internal.persistence.PersonEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The tracked duties of dual control (CT-6): while a person is in a facility the village visits him there every few
 * months (定期入所帮教), and on the day a compulsory detox ends it picks him up (出所必接). The duties are created
 * when the status changes; doing one schedules the next visit while the person is still inside.
 */
@Component(service = DutyService.class)
public class DutyService {
    public static final String PICKUP = "PICKUP";
    public static final String CUSTODY_VISIT = "CUSTODY_VISIT";

    /** A duty as lists show it. */
    public record Duty(long id, long personId, String personName, String kind, LocalDate dueDate, LocalDate doneDate, boolean overdue,
                       String note, String doneBy) {
    }

    private final Support support;

    @Activate
    public DutyService(@Reference Support support) {
        this.support = support;
    }

    /** Called inside the transaction of a status change. */
    void onStatus(EntityManager em, PersonEntity p, Status status, LocalDate since) {
        // a change replaces the pending custody visit; a pick-up stays until done, unless the person died or a new
        // compulsory detox sets a new one
        for (DutyEntity open : em.createQuery("select d from DutyEntity d where d.personId = :p and d.doneDate is null", DutyEntity.class)
                .setParameter("p", p.getId()).getResultList()) {
            if (open.getKind().equals(CUSTODY_VISIT) || status == Status.DECEASED || status == Status.COMPULSORY_DETOX) {
                em.remove(open);
            }
        }
        if (status == Status.COMPULSORY_DETOX || status == Status.IN_CUSTODY) {
            add(em, p, CUSTODY_VISIT, since.plusMonths(support.config().custodyVisitMonths()), null);
        }
        if (status == Status.COMPULSORY_DETOX) {
            add(em, p, PICKUP, Lifecycle.dueDate(status, since), "强制隔离戒毒期满，出所必接");
        }
    }

    private void add(EntityManager em, PersonEntity p, String kind, LocalDate due, String note) {
        DutyEntity d = new DutyEntity();
        d.setPersonId(p.getId());
        d.setNodeId(p.getControlNodeId());
        d.setKind(kind);
        d.setDueDate(due);
        d.setNote(note);
        d.setCreatedAt(support.now());
        em.persist(d);
    }

    /** Open duties of the user's area, earliest first; they name their persons, so the read is audited naming each. */
    public List<Duty> open(UserContext user) {
        support.check(user, Permissions.READ);
        LocalDate today = support.today();
        return support.tx(em -> {
            List<Duty> list = Support.inNodes(em.createQuery(
                    "select d, p.name from DutyEntity d, PersonEntity p where p.id = d.personId and d.doneDate is null and d.nodeId in :nodes "
                            + "order by d.dueDate", Object[].class), support.visible(user, Permissions.READ)).stream()
                    .map(r -> duty((DutyEntity) r[0], (String) r[1], today)).toList();
            support.auditRead(user, AuditAction.READ_PERSONAL, PersonService.RECORD, list.stream().map(Duty::personId).distinct().toList(),
                    "open duties: " + list.size());
            return list;
        });
    }

    /** Marks a duty done; a custody visit schedules the next while the person is still inside. */
    public Duty done(UserContext user, long id, LocalDate date, String note) {
        support.check(user, Permissions.EDIT);
        LocalDate when = date == null ? support.today() : date;
        Duty d = support.tx(em -> {
            DutyEntity e = em.find(DutyEntity.class, id);
            if (e == null || !support.permitted(user, Permissions.EDIT, e.getNodeId())) {
                throw NotFoundException.of(Text.of("管控任务", "Duty"), id);
            }
            if (e.getDoneDate() != null) {
                throw new ConflictException(Text.of("该任务已于 " + e.getDoneDate() + " 完成", "The duty was done on " + e.getDoneDate()));
            }
            e.setDoneDate(when);
            e.setDoneBy(user.username());
            e.setNote(PersonService.blankToNull(note) == null ? e.getNote() : note.strip());
            PersonEntity p = em.find(PersonEntity.class, e.getPersonId());
            Status status = Status.valueOf(p.getStatus());
            if (e.getKind().equals(CUSTODY_VISIT) && (status == Status.COMPULSORY_DETOX || status == Status.IN_CUSTODY)) {
                add(em, p, CUSTODY_VISIT, when.plusMonths(support.config().custodyVisitMonths()), null);
            }
            support.audit(user, AuditAction.UPDATE, "duty", id, null, e.getKind() + " done");
            return duty(e, p.getName(), support.today());
        });
        return d;
    }

    private static Duty duty(DutyEntity d, String name, LocalDate today) {
        return new Duty(d.getId(), d.getPersonId(), name, d.getKind(), d.getDueDate(), d.getDoneDate(),
                d.getDoneDate() == null && d.getDueDate().isBefore(today), d.getNote(), d.getDoneBy());
    }
}
