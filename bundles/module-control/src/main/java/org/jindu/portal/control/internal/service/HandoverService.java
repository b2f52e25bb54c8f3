package org.jindu.portal.control.internal.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.jindu.portal.api.AccessDeniedException;
import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.control.internal.domain.IdNumber;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.model.HandoverAnswer;
import org.jindu.portal.control.internal.model.HandoverDraft;
import org.jindu.portal.control.internal.model.HandoverInfo;
import org.jindu.portal.control.internal.model.PersonDraft;
import org.jindu.portal.control.internal.persistence.HandoverEntity;
import org.jindu.portal.control.internal.persistence.PersonEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Handovers between jurisdictions (CT-6). Inside the portal (another village of the town, or another town on the
 * same portal) the receiving side accepts or refuses in the portal; the file then moves to the village that accepted.
 * With another agency the request goes out (OUTGOING) and the other side answers over the exchange; a request from
 * another agency comes in (INCOMING) and, once accepted here, opens a file in the receiving village.
 * States: REQUESTED → ACCEPTED | REFUSED | CANCELLED.
 *
 * <p>A handover names its person, so reading one is audited as a read of his file ({@link PersonService#RECORD} and his
 * id); a person handed over by another agency who has no file here yet is named by the handover's id.
 */
@Component(service = HandoverService.class)
public class HandoverService {
    private static final Text HANDOVER = Text.of("交接", "Handover");

    private final Support support;
    private final PersonService persons;

    @Activate
    public HandoverService(@Reference Support support, @Reference PersonService persons) {
        this.support = support;
        this.persons = persons;
    }

    public HandoverInfo request(UserContext user, HandoverDraft d) {
        support.check(user, Permissions.HANDOVER);
        boolean internal = d.toOrg() != null && !d.toOrg().isBlank();
        Validator v = new Validator();
        v.required("reason", d.reason(), Text.of("交接原因", "reason")).maxLength("reason", d.reason(), 1000);
        v.check(internal || (d.externalParty() != null && !d.externalParty().isBlank()), "toOrg",
                Text.of("请选择接收村居，或填写接收机关", "give the receiving village or the receiving agency"));
        v.maxLength("externalParty", d.externalParty(), 200);
        v.throwIfInvalid();
        OrgNode to = internal ? support.nodeByCode(d.toOrg(), "toOrg") : null;
        if (to != null && to.level() != OrgLevel.VILLAGE && to.level() != OrgLevel.GRID) {
            throw ValidationException.of("toOrg", Text.of("接收方须为村居或网格", "the receiving side must be a village or a grid"));
        }
        HandoverEntity saved = support.tx(em -> {
            PersonEntity p = persons.readable(em, user, d.personId(), Permissions.HANDOVER);
            if (Status.valueOf(p.getStatus()) == Status.DECEASED) {
                throw new ConflictException(Text.of("人员已死亡，不能交接", "The person is deceased and cannot be handed over"));
            }
            if (to != null && support.org().isInSubtree(to.id(), persons.villageOf(p).id())) {
                throw ValidationException.of("toOrg", Text.of("接收方与当前管控村居相同", "the receiving side is the current village"));
            }
            if (!em.createQuery("select h.id from HandoverEntity h where h.personId = :p and h.state = 'REQUESTED'", Long.class)
                    .setParameter("p", p.getId()).getResultList().isEmpty()) {
                throw new ConflictException(Text.of("该人员已有待处理的交接", "A handover of this person is pending already"));
            }
            HandoverEntity h = new HandoverEntity();
            h.setPersonId(p.getId());
            h.setDirection(internal ? "INTERNAL" : "OUTGOING");
            h.setReference(UUID.randomUUID().toString());
            h.setFromNodeId(p.getControlNodeId());
            h.setToNodeId(to == null ? null : to.id());
            h.setExternalParty(internal ? null : d.externalParty().strip());
            h.setReason(d.reason().strip());
            h.setState("REQUESTED");
            h.setRequestedBy(user.username());
            h.setRequestedAt(support.now());
            em.persist(h);
            em.flush();
            support.audit(user, AuditAction.CREATE, "handover", h.getId(), h.getFromNodeId(),
                    h.getDirection() + " of person " + d.personId() + " to " + (to == null ? h.getExternalParty() : to.code()));
            return h;
        });
        // posted after the commit: listeners never hear of a request that rolled back
        support.post("handover/requested", Map.of("id", saved.getId(), "reference", saved.getReference()));
        return support.tx(em -> info(em, saved));
    }

    /** The receiving side of an internal or incoming handover answers. */
    public HandoverInfo answer(UserContext user, long id, HandoverAnswer a) {
        support.check(user, Permissions.HANDOVER);
        if (!a.accept() && (a.answer() == null || a.answer().isBlank())) {
            throw ValidationException.of("answer", Text.of("拒绝接收须说明理由", "a reason is required to refuse"));
        }
        PersonEntity[] opened = new PersonEntity[1];
        HandoverEntity h = support.tx(em -> {
            HandoverEntity e = find(em, id);
            if (e.getToNodeId() == null || !support.permitted(user, Permissions.HANDOVER, e.getToNodeId())) {
                throw new AccessDeniedException(Text.of("只有接收方可以答复交接", "Only the receiving side can answer the handover"));
            }
            requireOpen(e);
            if (a.accept()) {
                if (e.getDirection().equals("INCOMING")) {
                    opened[0] = openIncoming(user, e);
                    e.setPersonId(opened[0].getId());
                } else {
                    move(em, e);
                }
            }
            close(e, user.username(), a);
            support.audit(user, AuditAction.TRANSITION, "handover", id, e.getToNodeId(), e.getState());
            return e;
        });
        // posted after the commit: listeners never hear of a file or an answer that rolled back
        if (opened[0] != null) {
            support.post("person/created", Map.of("id", opened[0].getId(), "org", opened[0].getControlNodeId()));
        }
        support.post("handover/answered", Map.of("id", id, "reference", h.getReference(), "state", h.getState()));
        return support.tx(em -> info(em, h));
    }

    /** The requesting side withdraws a pending request. */
    public HandoverInfo cancel(UserContext user, long id) {
        support.check(user, Permissions.HANDOVER);
        HandoverEntity h = support.tx(em -> {
            HandoverEntity e = find(em, id);
            if (e.getDirection().equals("INCOMING") || !support.permitted(user, Permissions.HANDOVER, e.getFromNodeId())) {
                throw new AccessDeniedException(Text.of("只有发起方可以撤回交接", "Only the requesting side can cancel"));
            }
            requireOpen(e);
            e.setState("CANCELLED");
            e.setAnsweredBy(user.username());
            e.setAnsweredAt(support.now());
            support.audit(user, AuditAction.TRANSITION, "handover", id, e.getFromNodeId(), "CANCELLED");
            return e;
        });
        return support.tx(em -> info(em, h));
    }

    /** Handovers from or to the user's area, newest first; audited naming every person listed. */
    public List<HandoverInfo> list(UserContext user) {
        support.check(user, Permissions.HANDOVER);
        Set<Long> nodes = support.visible(user, Permissions.HANDOVER);
        return support.tx(em -> {
            List<HandoverEntity> found = Support.inNodes(em.createQuery(
                    "select h from HandoverEntity h where h.fromNodeId in :nodes or h.toNodeId in :nodes order by h.requestedAt desc, h.id desc",
                    HandoverEntity.class), nodes);
            Map<Long, String> names = PersonService.names(em, found.stream().map(HandoverEntity::getPersonId).filter(Objects::nonNull).toList());
            List<HandoverInfo> list = found.stream().map(h -> info(h, h.getPersonId() == null ? h.getInName() : names.get(h.getPersonId()))).toList();
            support.auditRead(user, AuditAction.READ_PERSONAL, PersonService.RECORD,
                    list.stream().map(HandoverInfo::personId).filter(Objects::nonNull).distinct().toList(), "handovers: " + list.size());
            List<Long> unfiled = list.stream().filter(h -> h.personId() == null).map(HandoverInfo::id).toList();
            if (!unfiled.isEmpty()) {
                support.auditRead(user, AuditAction.READ_PERSONAL, "handover", unfiled, "handovers of persons without a file here");
            }
            return list;
        });
    }

    /** One handover from or to the user's area; audited. */
    public HandoverInfo get(UserContext user, long id) {
        support.check(user, Permissions.HANDOVER);
        return support.tx(em -> {
            HandoverEntity h = find(em, id);
            boolean mine = support.permitted(user, Permissions.HANDOVER, h.getFromNodeId())
                    || (h.getToNodeId() != null && support.permitted(user, Permissions.HANDOVER, h.getToNodeId()));
            if (!mine) {
                throw new AccessDeniedException(Text.of("该交接不涉及您的辖区", "This handover does not concern your area"));
            }
            HandoverInfo info = info(em, h);
            auditRead(em, user, h, "handover " + h.getId());
            return info;
        });
    }

    // ------------------------------------------------------------------ exchange with other agencies

    /** Another agency asks this town to take a person over (INCOMING); the village of {@code toOrg} answers here. */
    public HandoverInfo incoming(UserContext caller, String reference, String party, String toOrg, String name, String idNumber,
                                 Status status, String drugTypes, String reason) {
        support.check(caller, Permissions.EXCHANGE);
        Validator v = new Validator();
        v.required("reference", reference, Text.of("交接编号", "reference")).maxLength("reference", reference, 40);
        v.required("party", party, Text.of("发起机关", "requesting agency")).maxLength("party", party, 200);
        v.required("name", name, Text.of("姓名", "name")).maxLength("name", name, 50);
        IdNumber.problem(idNumber, support.today()).ifPresent(p -> v.check(false, "idNumber", p));
        v.required("reason", reason, Text.of("交接原因", "reason")).maxLength("reason", reason, 1000);
        v.throwIfInvalid();
        OrgNode to = support.nodeByCode(toOrg, "toOrg");
        support.check(caller, Permissions.EXCHANGE, to.id());
        HandoverEntity saved = support.tx(em -> {
            if (!em.createQuery("select h.id from HandoverEntity h where h.reference = :r", Long.class).setParameter("r", reference.strip())
                    .getResultList().isEmpty()) {
                throw new ConflictException(Text.of("交接编号已存在", "The reference exists already"));
            }
            HandoverEntity h = new HandoverEntity();
            h.setDirection("INCOMING");
            h.setReference(reference.strip());
            h.setFromNodeId(to.id());
            h.setToNodeId(to.id());
            h.setExternalParty(party.strip());
            h.setReason(reason.strip());
            h.setState("REQUESTED");
            h.setRequestedBy(caller.username());
            h.setRequestedAt(support.now());
            h.setInName(name.strip());
            h.setInIdCipher(support.sensitive().encrypt(IdNumber.normalise(idNumber)));
            h.setInStatus(status == null ? Status.RELEASED.name() : status.name());
            h.setInDrugTypes(PersonService.blankToNull(drugTypes));
            em.persist(h);
            em.flush();
            support.audit(caller, AuditAction.CREATE, "handover", h.getId(), to.id(), "INCOMING from " + party.strip());
            return h;
        });
        return support.tx(em -> info(em, saved));
    }

    /** The other agency answers an OUTGOING request of this town. */
    public HandoverInfo remoteAnswer(UserContext caller, String reference, boolean accept, String answer) {
        support.check(caller, Permissions.EXCHANGE);
        HandoverEntity h = support.tx(em -> {
            HandoverEntity e = byReference(em, reference);
            if (!e.getDirection().equals("OUTGOING") || !support.permitted(caller, Permissions.EXCHANGE, e.getFromNodeId())) {
                throw NotFoundException.of(HANDOVER, reference);
            }
            requireOpen(e);
            if (!accept && (answer == null || answer.isBlank())) {
                throw ValidationException.of("answer", Text.of("拒绝接收须说明理由", "a reason is required to refuse"));
            }
            if (accept) {
                PersonEntity p = em.find(PersonEntity.class, e.getPersonId());
                p.setResidenceNodeId(null);
                p.setResidencePlace(e.getExternalParty());
            }
            close(e, caller.username(), new HandoverAnswer(accept, answer));
            support.audit(caller, AuditAction.TRANSITION, "handover", e.getId(), e.getFromNodeId(), e.getState() + " by " + e.getExternalParty());
            return e;
        });
        return support.tx(em -> info(em, h));
    }

    /** The state of a handover by its reference, for the other agency; audited as a read about the person. */
    public HandoverInfo status(UserContext caller, String reference) {
        support.check(caller, Permissions.EXCHANGE);
        return support.tx(em -> {
            HandoverEntity e = byReference(em, reference);
            if (!support.permitted(caller, Permissions.EXCHANGE, e.getFromNodeId())) {
                throw NotFoundException.of(HANDOVER, reference);
            }
            HandoverInfo info = info(em, e);
            auditRead(em, caller, e, "handover " + e.getReference() + " state by exchange");
            return info;
        });
    }

    // ------------------------------------------------------------------ helpers

    private void move(EntityManager em, HandoverEntity h) {
        PersonEntity p = em.find(PersonEntity.class, h.getPersonId());
        OrgNode to = support.node(h.getToNodeId());
        OrgNode village = to.level() == OrgLevel.GRID ? support.org().ancestorAtLevel(to.id(), OrgLevel.VILLAGE).orElse(to) : to;
        p.setControlNodeId(to.id());
        p.setGridNodeId(to.level() == OrgLevel.GRID ? to.id() : null);
        p.setResidenceNodeId(village.id());
        p.setResidencePlace(null);
        p.setWorkerId(null);
        p.setWorkerName(null);
    }

    /** Opens the file of an accepted incoming handover; the caller announces it once the answer has committed. */
    private PersonEntity openIncoming(UserContext user, HandoverEntity h) {
        OrgNode to = support.node(h.getToNodeId());
        String id = support.sensitive().decrypt(h.getInIdCipher());
        return persons.open(user, new PersonDraft(h.getInName(), id, null, null, h.getExternalParty(), to.code(), null, null, null, null,
                h.getInDrugTypes(), support.today(), Status.valueOf(h.getInStatus()), support.today(), "交接接收 " + h.getReference(),
                null, "交接接收初评", "由 " + h.getExternalParty() + " 移交：" + h.getReason()));
    }

    private void close(HandoverEntity e, String by, HandoverAnswer a) {
        e.setState(a.accept() ? "ACCEPTED" : "REFUSED");
        e.setAnswer(PersonService.blankToNull(a.answer()));
        e.setAnsweredBy(by);
        e.setAnsweredAt(support.now());
    }

    private static void requireOpen(HandoverEntity e) {
        if (!e.getState().equals("REQUESTED")) {
            throw new ConflictException(Text.of("该交接已结束 (" + e.getState() + ")", "The handover is closed (" + e.getState() + ")"));
        }
    }

    private HandoverEntity find(EntityManager em, long id) {
        HandoverEntity h = em.find(HandoverEntity.class, id);
        if (h == null) {
            throw NotFoundException.of(HANDOVER, id);
        }
        return h;
    }

    private HandoverEntity byReference(EntityManager em, String reference) {
        return em.createQuery("select h from HandoverEntity h where h.reference = :r", HandoverEntity.class)
                .setParameter("r", reference == null ? "" : reference.strip()).getResultList().stream().findFirst()
                .orElseThrow(() -> NotFoundException.of(HANDOVER, reference));
    }

    /** Records a read of one handover: under the person's file, or under the handover for a person without a file here. */
    private void auditRead(EntityManager em, UserContext user, HandoverEntity h, String what) {
        if (h.getPersonId() != null) {
            support.audit(user, AuditAction.READ_PERSONAL, PersonService.RECORD, h.getPersonId(),
                    em.find(PersonEntity.class, h.getPersonId()).getControlNodeId(), what);
        } else {
            support.audit(user, AuditAction.READ_PERSONAL, "handover", h.getId(), h.getToNodeId(), what + ", person without a file here");
        }
    }

    private HandoverInfo info(EntityManager em, HandoverEntity h) {
        return info(h, h.getPersonId() == null ? h.getInName() : em.find(PersonEntity.class, h.getPersonId()).getName());
    }

    private HandoverInfo info(HandoverEntity h, String name) {
        OrgNode from = support.org().node(h.getFromNodeId()).orElse(null);
        OrgNode to = h.getToNodeId() == null ? null : support.org().node(h.getToNodeId()).orElse(null);
        return new HandoverInfo(h.getId(), h.getReference(), h.getPersonId(), name, h.getDirection(),
                from == null ? null : from.code(), from == null ? null : from.name(), to == null ? null : to.code(), to == null ? null : to.name(),
                h.getExternalParty(), h.getReason(), h.getState(), h.getAnswer(), h.getRequestedBy(), h.getRequestedAt(),
                h.getAnsweredBy(), h.getAnsweredAt());
    }
}
