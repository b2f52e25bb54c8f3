package org.jindu.portal.control.internal.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.control.internal.domain.FollowUps;
import org.jindu.portal.control.internal.domain.Lifecycle;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.domain.Violation;
import org.jindu.portal.control.internal.model.AssistanceDraft;
import org.jindu.portal.control.internal.model.AssistanceInfo;
import org.jindu.portal.control.internal.model.AssistanceKind;
import org.jindu.portal.control.internal.model.PersonInfo;
import org.jindu.portal.control.internal.model.ProposalDecision;
import org.jindu.portal.control.internal.model.ProposalInfo;
import org.jindu.portal.control.internal.model.StatusDraft;
import org.jindu.portal.control.internal.model.TestResult;
import org.jindu.portal.control.internal.model.WorkDraft;
import org.jindu.portal.control.internal.model.WorkInfo;
import org.jindu.portal.control.internal.model.WorkKind;
import org.jindu.portal.control.internal.persistence.AssistanceEntity;
import org.jindu.portal.control.internal.persistence.PersonEntity;
import org.jindu.portal.control.internal.persistence.ProposalEntity;
import org.jindu.portal.control.internal.persistence.WorkEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Work records (CT-4) and assistance (CT-7). A positive or refused test, or a recorded violation, triggers its
 * follow-up at once: the tier is raised (with the violation as the reason) and, where one fits, a status change is
 * proposed to the office, which decides it with a legal basis. Reading a person's records is audited as a read of his
 * file ({@link PersonService#RECORD} and his id), so that the audit log of a person shows everything read about him.
 */
@Component(service = WorkService.class)
public class WorkService {
    private final Support support;
    private final PersonService persons;

    @Activate
    public WorkService(@Reference Support support, @Reference PersonService persons) {
        this.support = support;
        this.persons = persons;
    }

    public WorkInfo record(UserContext user, long personId, WorkDraft d) {
        support.check(user, Permissions.EDIT);
        LocalDate today = support.today();
        Validator v = new Validator();
        v.required("kind", d.kind(), Text.of("工作类型", "kind"));
        v.required("date", d.date(), Text.of("日期", "date")).notAfter("date", d.date(), today, Text.of("今天", "today"));
        if (d.kind() != null && d.kind().isTest()) {
            v.required("result", d.result(), Text.of("检测结果", "test result"));
            v.required("testedBy", d.testedBy(), Text.of("检测人", "tested by"));
        }
        if (d.kind() == WorkKind.VIOLATION) {
            v.required("violation", d.violation(), Text.of("违规类型", "violation"));
        }
        v.maxLength("testedBy", d.testedBy(), 100).maxLength("note", d.note(), 2000);
        v.throwIfInvalid();
        Violation violation = d.kind() == WorkKind.VIOLATION ? d.violation()
                : d.kind().isTest() && d.result() == TestResult.POSITIVE ? Violation.POSITIVE_TEST
                : d.kind().isTest() && d.result() == TestResult.REFUSED ? Violation.REFUSED_TEST : null;
        WorkInfo info = support.tx(em -> {
            PersonEntity p = persons.readable(em, user, personId, Permissions.EDIT);
            Status status = Status.valueOf(p.getStatus());
            if (status == Status.DECEASED) {
                throw new ConflictException(Text.of("人员已死亡，档案已终结", "The person is deceased; the file is closed"));
            }
            if (d.date().isBefore(p.getFirstRegistered())) {
                throw org.jindu.portal.api.ValidationException.of("date", Text.of("日期不能早于建档日期 " + p.getFirstRegistered(),
                        "the date cannot be before the file was opened (" + p.getFirstRegistered() + ")"));
            }
            WorkEntity w = new WorkEntity();
            w.setPersonId(personId);
            w.setNodeId(p.getControlNodeId());
            w.setKind(d.kind().name());
            w.setWorkDate(d.date());
            w.setResult(d.result() == null || !d.kind().isTest() ? null : d.result().name());
            w.setViolation(violation == null ? null : violation.name());
            w.setTestedBy(PersonService.blankToNull(d.testedBy()));
            w.setNote(PersonService.blankToNull(d.note()));
            w.setByUser(user.username());
            w.setAt(support.now());
            em.persist(w);
            em.flush();
            if ((d.kind() == WorkKind.VISIT || d.kind() == WorkKind.TALK) && (p.getLastVisit() == null || d.date().isAfter(p.getLastVisit()))) {
                p.setLastVisit(d.date());
            }
            if (d.kind().isTest() && d.result() != TestResult.REFUSED && (p.getLastTest() == null || d.date().isAfter(p.getLastTest()))) {
                p.setLastTest(d.date());
            }
            Tier tier = Tier.valueOf(p.getTier());
            Status proposed = null;
            String advice = null;
            if (violation != null) {
                FollowUps.FollowUp f = FollowUps.of(violation, status, tier, d.kind() == WorkKind.HAIR_TEST);
                if (f.tier().higherThan(tier)) {
                    persons.tierChange(em, user, p, tier, f.tier(), d.date(), violation.label().zh() + " (" + d.date() + "，自动调整)");
                    tier = f.tier();
                }
                if (f.proposed() != null && Lifecycle.next(status).contains(f.proposed())) {
                    proposed = f.proposed();
                    ProposalEntity pr = new ProposalEntity();
                    pr.setPersonId(personId);
                    pr.setWorkId(w.getId());
                    pr.setProposedStatus(proposed.name());
                    pr.setReason(violation.label().zh() + " (" + d.date() + ")");
                    pr.setState("OPEN");
                    pr.setCreatedAt(support.now());
                    em.persist(pr);
                }
                advice = f.advice().get(user.locale());
            }
            support.audit(user, AuditAction.CREATE, "work", w.getId(), null, "person " + personId + ": " + d.kind()
                    + (violation == null ? "" : ", " + violation + ", tier " + tier));
            return new WorkInfo(w.getId(), personId, d.kind(), d.date(), d.result(), violation, w.getTestedBy(), w.getNote(),
                    user.username(), tier, proposed, advice);
        });
        // posted after the commit: listeners never hear of a record that rolled back
        if (violation != null) {
            support.post("person/violation", Map.of("id", personId, "violation", violation.name(), "tier", info.tierAfter().name()));
        }
        return info;
    }

    /** The person's work records, newest first; audited. */
    public List<WorkInfo> list(UserContext user, long personId) {
        support.check(user, Permissions.READ);
        return support.tx(em -> {
            PersonEntity p = persons.readable(em, user, personId, Permissions.READ);
            List<WorkInfo> list = em.createQuery("select w from WorkEntity w where w.personId = :p order by w.workDate desc, w.id desc", WorkEntity.class)
                    .setParameter("p", personId).getResultList().stream()
                    .map(w -> new WorkInfo(w.getId(), personId, WorkKind.valueOf(w.getKind()), w.getWorkDate(),
                            w.getResult() == null ? null : TestResult.valueOf(w.getResult()),
                            w.getViolation() == null ? null : Violation.valueOf(w.getViolation()), w.getTestedBy(), w.getNote(),
                            w.getByUser(), null, null, null))
                    .toList();
            support.audit(user, AuditAction.READ_PERSONAL, PersonService.RECORD, personId, p.getControlNodeId(), "work records (" + list.size() + ")");
            return list;
        });
    }

    /** The person's proposals, newest first; audited. */
    public List<ProposalInfo> proposals(UserContext user, long personId) {
        support.check(user, Permissions.READ);
        return support.tx(em -> {
            PersonEntity p = persons.readable(em, user, personId, Permissions.READ);
            List<ProposalInfo> list = em.createQuery("select p from ProposalEntity p where p.personId = :p order by p.id desc", ProposalEntity.class)
                    .setParameter("p", personId).getResultList().stream().map(WorkService::proposal).toList();
            support.audit(user, AuditAction.READ_PERSONAL, PersonService.RECORD, personId, p.getControlNodeId(), "proposals (" + list.size() + ")");
            return list;
        });
    }

    /** Accepting applies the proposed status with the decision's date and legal basis; dismissing needs a note. */
    public PersonInfo decide(UserContext user, long proposalId, ProposalDecision d) {
        support.check(user, Permissions.STATUS);
        if (!d.accept() && (d.note() == null || d.note().isBlank())) {
            throw org.jindu.portal.api.ValidationException.of("note", Text.of("不采纳建议须说明理由", "a reason is required to dismiss"));
        }
        long personId = support.tx(em -> {
            ProposalEntity pr = em.find(ProposalEntity.class, proposalId);
            if (pr == null) {
                throw NotFoundException.of(Text.of("处置建议", "Proposal"), proposalId);
            }
            PersonEntity p = persons.readable(em, user, pr.getPersonId(), Permissions.STATUS);
            if (!pr.getState().equals("OPEN")) {
                throw new ConflictException(Text.of("该建议已处理", "The proposal was decided already"));
            }
            if (d.accept()) {
                persons.applyStatus(em, user, p, new StatusDraft(Status.valueOf(pr.getProposedStatus()), d.date(), d.legalBasis(), d.note()));
            }
            pr.setState(d.accept() ? "ACCEPTED" : "DISMISSED");
            pr.setDecidedBy(user.username());
            pr.setDecidedAt(support.now());
            pr.setDecisionNote(PersonService.blankToNull(d.note()) == null ? d.legalBasis() : d.note().strip());
            support.audit(user, d.accept() ? AuditAction.TRANSITION : AuditAction.UPDATE, "proposal", proposalId, null,
                    (d.accept() ? "accepted" : "dismissed") + " for person " + pr.getPersonId());
            return pr.getPersonId();
        });
        return persons.get(user, personId);
    }

    public AssistanceInfo assist(UserContext user, long personId, AssistanceDraft d) {
        support.check(user, Permissions.EDIT);
        Validator v = new Validator();
        v.required("kind", d.kind(), Text.of("帮扶类型", "kind"));
        v.required("date", d.date(), Text.of("日期", "date")).notAfter("date", d.date(), support.today(), Text.of("今天", "today"));
        v.required("provider", d.provider(), Text.of("帮扶单位", "provider")).maxLength("provider", d.provider(), 200);
        v.maxLength("outcome", d.outcome(), 1000);
        if (d.kind() == AssistanceKind.SUBSIDY) {
            v.required("amount", d.amount(), Text.of("救助金额", "amount"));
        }
        if (d.amount() != null) {
            v.range("amount", d.amount(), 0, 1_000_000);
        }
        v.throwIfInvalid();
        return support.tx(em -> {
            PersonEntity p = persons.readable(em, user, personId, Permissions.EDIT);
            AssistanceEntity a = new AssistanceEntity();
            a.setPersonId(personId);
            a.setNodeId(p.getControlNodeId());
            a.setKind(d.kind().name());
            a.setAssistDate(d.date());
            a.setProvider(d.provider().strip());
            a.setAmount(d.amount());
            a.setOutcome(PersonService.blankToNull(d.outcome()));
            a.setByUser(user.username());
            a.setAt(support.now());
            em.persist(a);
            em.flush();
            support.audit(user, AuditAction.CREATE, "assistance", a.getId(), null, "person " + personId + ": " + d.kind());
            return assistance(a);
        });
    }

    /** The person's assistance, newest first; audited. */
    public List<AssistanceInfo> assistance(UserContext user, long personId) {
        support.check(user, Permissions.READ);
        return support.tx(em -> {
            PersonEntity p = persons.readable(em, user, personId, Permissions.READ);
            List<AssistanceInfo> list = em.createQuery("select a from AssistanceEntity a where a.personId = :p order by a.assistDate desc, a.id desc",
                    AssistanceEntity.class).setParameter("p", personId).getResultList().stream().map(WorkService::assistance).toList();
            support.audit(user, AuditAction.READ_PERSONAL, PersonService.RECORD, personId, p.getControlNodeId(), "assistance (" + list.size() + ")");
            return list;
        });
    }

    private static AssistanceInfo assistance(AssistanceEntity a) {
        return new AssistanceInfo(a.getId(), a.getPersonId(), AssistanceKind.valueOf(a.getKind()), a.getAssistDate(), a.getProvider(),
                a.getAmount(), a.getOutcome(), a.getByUser());
    }

    private static ProposalInfo proposal(ProposalEntity p) {
        return new ProposalInfo(p.getId(), p.getPersonId(), Status.valueOf(p.getProposedStatus()), p.getReason(), p.getState(),
                p.getDecidedBy(), p.getDecidedAt(), p.getDecisionNote(), p.getCreatedAt());
    }
}
