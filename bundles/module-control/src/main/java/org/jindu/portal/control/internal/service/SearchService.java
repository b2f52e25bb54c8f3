package org.jindu.portal.control.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.model.SearchDraft;
import org.jindu.portal.control.internal.model.SearchInfo;
import org.jindu.portal.control.internal.persistence.PersonEntity;
import org.jindu.portal.control.internal.persistence.SearchEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hidden users (清隐) and lost contact (清零), CT-5: a case is opened from any source, actions are added until the
 * person is found (FOUND: for a hidden user, the file opened for him is linked) or the case is closed with an outcome.
 * A search for a lost person is opened for a file in status lost contact; when his status changes back, it is found.
 */
@Component(service = SearchService.class)
public class SearchService {
    private static final Text CASE = Text.of("清隐清零案件", "Search case");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Stored>> ACTIONS = new TypeReference<>() {
    };

    /** An action as stored in the case's JSON column (ISO date). */
    record Stored(String date, String action, String by) {
    }

    private final Support support;
    private final PersonService persons;

    @Activate
    public SearchService(@Reference Support support, @Reference PersonService persons) {
        this.support = support;
        this.persons = persons;
    }

    public SearchInfo open(UserContext user, SearchDraft d) {
        support.check(user, Permissions.EDIT);
        Validator v = new Validator();
        v.check("HIDDEN".equals(d.kind()) || "LOST".equals(d.kind()), "kind", Text.of("类型须为清隐 (HIDDEN) 或清零 (LOST)", "kind must be HIDDEN or LOST"));
        v.required("source", d.source(), Text.of("线索来源", "source")).maxLength("source", d.source(), 200);
        v.maxLength("description", d.description(), 2000);
        v.notAfter("opened", d.opened(), support.today(), Text.of("今天", "today"));
        if ("LOST".equals(d.kind())) {
            v.required("personId", d.personId(), Text.of("脱失人员", "person"));
        } else {
            v.required("org", d.org(), Text.of("发现地村居", "village"));
        }
        v.throwIfInvalid();
        SearchEntity saved = support.tx(em -> {
            SearchEntity s = new SearchEntity();
            if ("LOST".equals(d.kind())) {
                PersonEntity p = persons.readable(em, user, d.personId(), Permissions.EDIT);
                if (Status.valueOf(p.getStatus()) != Status.LOST_CONTACT) {
                    throw new ConflictException(Text.of("只有「脱失」状态的人员才能开展清零查找", "Only a person who lost contact can be searched for"));
                }
                s.setPersonId(p.getId());
                s.setNodeId(p.getControlNodeId());
            } else {
                OrgNode node = support.nodeByCode(d.org(), "org");
                support.check(user, Permissions.EDIT, node.id());
                s.setNodeId(node.id());
            }
            s.setKind(d.kind());
            s.setSource(d.source().strip());
            s.setDescription(PersonService.blankToNull(d.description()));
            s.setOpened(d.opened() == null ? support.today() : d.opened());
            s.setState("OPEN");
            s.setActions("[]");
            s.setCreatedBy(user.username());
            s.setCreatedAt(support.now());
            em.persist(s);
            em.flush();
            support.audit(user, AuditAction.CREATE, "search", s.getId(), s.getNodeId(), s.getKind());
            return s;
        });
        return support.tx(em -> info(em, saved));
    }

    public SearchInfo addAction(UserContext user, long id, LocalDate date, String action) {
        support.check(user, Permissions.EDIT);
        if (action == null || action.isBlank()) {
            throw ValidationException.of("action", Text.of("请填写开展的工作", "describe what was done"));
        }
        LocalDate when = date == null ? support.today() : date;
        if (when.isAfter(support.today())) {
            throw ValidationException.of("date", Text.of("日期不能晚于今天", "the date cannot be in the future"));
        }
        SearchEntity s = support.tx(em -> {
            SearchEntity e = editable(em, user, id);
            List<SearchInfo.Action> list = new ArrayList<>(actions(e));
            list.add(new SearchInfo.Action(when, action.strip(), user.username()));
            e.setActions(write(list));
            support.audit(user, AuditAction.UPDATE, "search", id, e.getNodeId(), "action");
            return e;
        });
        return support.tx(em -> info(em, s));
    }

    /**
     * Closes the case: FOUND or CLOSED; the outcome is required. A hidden user can be FOUND only with his file (the
     * file opened for him, linked here): the plan wants every found user on file (100 % 建档).
     */
    public SearchInfo close(UserContext user, long id, boolean found, Long personId, String outcome) {
        support.check(user, Permissions.EDIT);
        if (outcome == null || outcome.isBlank()) {
            throw ValidationException.of("outcome", Text.of("请填写结果", "the outcome is required"));
        }
        SearchEntity s = support.tx(em -> {
            SearchEntity e = editable(em, user, id);
            if (personId != null && e.getPersonId() == null) {
                e.setPersonId(persons.readable(em, user, personId, Permissions.READ).getId());
            }
            if (found && e.getPersonId() == null) {
                // 100 % 建档: a hidden user who was found is under control only once he has a file
                throw ValidationException.of("personId", Text.of("找到的隐性吸毒人员须先建档，并在结案时填写其档案编号",
                        "a hidden user who was found needs a file: open it first and give its number when closing the case"));
            }
            e.setState(found ? "FOUND" : "CLOSED");
            e.setOutcome(outcome.strip());
            e.setClosedOn(support.today());
            support.audit(user, AuditAction.TRANSITION, "search", id, e.getNodeId(), e.getState());
            return e;
        });
        // posted after the commit: listeners never hear of a closing that rolled back
        support.post("search/closed", Map.of("id", id, "state", s.getState()));
        return support.tx(em -> info(em, s));
    }

    /**
     * Called inside a status change (static: the person service calls it, and this service needs that one): losing
     * contact opens a 清零 search; being found again closes the open searches as FOUND.
     */
    static void onStatus(EntityManager em, PersonEntity p, Status from, Status to, String by, LocalDate date, java.time.LocalDateTime now) {
        if (to == Status.LOST_CONTACT) {
            SearchEntity s = new SearchEntity();
            s.setKind("LOST");
            s.setPersonId(p.getId());
            s.setNodeId(p.getControlNodeId());
            s.setSource("管控状态变更为脱失");
            s.setOpened(date);
            s.setState("OPEN");
            s.setActions("[]");
            s.setCreatedBy(by);
            s.setCreatedAt(now);
            em.persist(s);
            return;
        }
        if (from != Status.LOST_CONTACT) {
            return;
        }
        for (SearchEntity s : em.createQuery("select s from SearchEntity s where s.personId = :p and s.state = 'OPEN'", SearchEntity.class)
                .setParameter("p", p.getId()).getResultList()) {
            s.setState("FOUND");
            s.setOutcome("已找到，状态变更为「" + to.label().zh() + "」(" + by + ")");
            s.setClosedOn(date);
        }
    }

    /** Cases of the user's area, open first; audited naming every person the cases name. */
    public List<SearchInfo> list(UserContext user) {
        support.check(user, Permissions.READ);
        return support.tx(em -> {
            List<SearchEntity> found = Support.inNodes(em.createQuery(
                    "select s from SearchEntity s where s.nodeId in :nodes order by s.state desc, s.opened desc, s.id desc", SearchEntity.class),
                    support.visible(user, Permissions.READ));
            Map<Long, String> names = PersonService.names(em, found.stream().map(SearchEntity::getPersonId).filter(Objects::nonNull).toList());
            List<SearchInfo> list = found.stream().map(s -> info(s, s.getPersonId() == null ? null : names.get(s.getPersonId()))).toList();
            support.auditRead(user, AuditAction.READ_PERSONAL, PersonService.RECORD,
                    list.stream().map(SearchInfo::personId).filter(Objects::nonNull).distinct().toList(), "search cases: " + list.size());
            return list;
        });
    }

    private SearchEntity editable(EntityManager em, UserContext user, long id) {
        SearchEntity e = em.find(SearchEntity.class, id);
        if (e == null || !support.permitted(user, Permissions.EDIT, e.getNodeId())) {
            throw NotFoundException.of(CASE, id);
        }
        if (!e.getState().equals("OPEN")) {
            throw new ConflictException(Text.of("该案件已结案", "The case is closed"));
        }
        return e;
    }

    private SearchInfo info(EntityManager em, SearchEntity s) {
        return info(s, s.getPersonId() == null ? null : em.find(PersonEntity.class, s.getPersonId()).getName());
    }

    private SearchInfo info(SearchEntity s, String name) {
        OrgNode node = support.node(s.getNodeId());
        return new SearchInfo(s.getId(), s.getKind(), s.getPersonId(), name, node.code(), node.name(), s.getSource(), s.getDescription(),
                s.getOpened(), s.getState(), s.getOutcome(), s.getClosedOn(), actions(s), s.getCreatedBy());
    }

    private static List<SearchInfo.Action> actions(SearchEntity s) {
        try {
            return s.getActions() == null ? List.of() : JSON.readValue(s.getActions(), ACTIONS).stream()
                    .map(a -> new SearchInfo.Action(LocalDate.parse(a.date()), a.action(), a.by())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable actions of search " + s.getId(), e);
        }
    }

    private static String write(List<SearchInfo.Action> list) {
        try {
            String json = JSON.writeValueAsString(list.stream().map(a -> new Stored(a.date().toString(), a.action(), a.by())).toList());
            if (json.length() > 16000) {
                throw new ConflictException(Text.of("工作记录过多，请结案后另开案件", "Too many actions; close the case and open a new one"));
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
