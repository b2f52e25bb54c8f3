package org.jindu.portal.assessment.internal.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.FieldError;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.org.UserDirectory;
import org.jindu.portal.api.org.UserRef;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.domain.Scoring;
import org.jindu.portal.assessment.internal.domain.Standard;
import org.jindu.portal.assessment.internal.model.AssessorRef;
import org.jindu.portal.assessment.internal.model.SheetDraft;
import org.jindu.portal.assessment.internal.model.SheetInfo;
import org.jindu.portal.assessment.internal.model.SheetItem;
import org.jindu.portal.assessment.internal.persistence.ApplicationEntity;
import org.jindu.portal.assessment.internal.persistence.AssignmentEntity;
import org.jindu.portal.assessment.internal.persistence.SheetEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Assessors and their score sheets (考评验收, CA-5): the office assigns assessors whose area covers the application;
 * each assigned assessor scores every rubric item with a comment and the evidence it rests on, saves drafts and
 * submits once. The office concludes the assessment from the submitted sheets ({@link ApplicationService}).
 */
@Component(service = ScoringService.class)
public class ScoringService {
    private static final TypeReference<LinkedHashMap<String, SheetItem>> ITEMS = new TypeReference<>() {
    };

    private final Support support;
    private final ApplicationService applications;
    private final UserDirectory users;

    @Activate
    public ScoringService(@Reference Support support, @Reference ApplicationService applications, @Reference UserDirectory users) {
        this.support = support;
        this.applications = applications;
        this.users = users;
    }

    /** Assessors who may be assigned to the application: role ASSESSOR with an area covering its village. */
    public List<AssessorRef> candidates(UserContext user, long applicationId) {
        ApplicationEntity a = support.tx(em -> applications.readable(em, user, applicationId));
        support.check(user, Permissions.REVIEW, a.getOrgNodeId());
        return candidates(a.getOrgNodeId()).stream().map(u -> new AssessorRef(u.id(), u.username(), u.displayName(), false)).toList();
    }

    private List<UserRef> candidates(long nodeId) {
        return users.withRole(Role.ASSESSOR).stream()
                .filter(u -> u.scopeNodeIds().stream().anyMatch(s -> support.org().isInSubtree(nodeId, s))).toList();
    }

    /** Sets the application's assessors; one who has submitted his sheet cannot be removed. */
    public List<AssessorRef> assign(UserContext user, long applicationId, List<Long> assessorIds) {
        Set<Long> wanted = new LinkedHashSet<>(assessorIds == null ? List.of() : assessorIds);
        if (wanted.isEmpty()) {
            throw ValidationException.of("assessorIds", Text.of("至少指定一名考评人员", "assign at least one assessor"));
        }
        List<String> names = new ArrayList<>();
        support.tx(em -> {
            ApplicationEntity a = applications.readable(em, user, applicationId);
            support.check(user, Permissions.REVIEW, a.getOrgNodeId());
            ApplicationState state = ApplicationState.valueOf(a.getState());
            if (state != ApplicationState.ACCEPTED && state != ApplicationState.UNDER_ASSESSMENT) {
                throw new ConflictException(Text.of("只能在实施推进或考评验收阶段指定考评人员 (当前：" + state.label().zh() + ")",
                        "Assessors are assigned while the application is accepted or under assessment (now: " + state.label().en().toLowerCase() + ")"));
            }
            Map<Long, UserRef> allowed = new LinkedHashMap<>();
            candidates(a.getOrgNodeId()).forEach(u -> allowed.put(u.id(), u));
            List<FieldError> errors = new ArrayList<>();
            for (Long id : wanted) {
                if (!allowed.containsKey(id)) {
                    errors.add(new FieldError("assessorIds", Text.of("用户 " + id + " 不是负责该村居的考评人员",
                            "user " + id + " is not an assessor for this village")));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            List<AssignmentEntity> current = em.createQuery("select s from AssignmentEntity s where s.applicationId = :a", AssignmentEntity.class)
                    .setParameter("a", applicationId).getResultList();
            for (AssignmentEntity s : current) {
                if (!wanted.contains(s.getAssessorId())) {
                    SheetEntity sheet = sheet(em, applicationId, s.getAssessorId());
                    if (sheet != null && sheet.isSubmitted()) {
                        throw new ConflictException(Text.of(s.getAssessorName() + " 已提交评分表，不能移除",
                                s.getAssessorName() + " has submitted a sheet and cannot be removed"));
                    }
                    if (sheet != null) {
                        em.remove(sheet);
                    }
                    em.remove(s);
                }
            }
            Set<Long> have = new HashSet<>();
            current.forEach(s -> have.add(s.getAssessorId()));
            for (Long id : wanted) {
                UserRef u = allowed.get(id);
                names.add(u.displayName());
                if (!have.contains(id)) {
                    AssignmentEntity s = new AssignmentEntity();
                    s.setApplicationId(applicationId);
                    s.setAssessorId(id);
                    s.setAssessorName(u.displayName());
                    s.setAssignedBy(user.username());
                    s.setAssignedAt(LocalDateTime.now());
                    em.persist(s);
                }
            }
            support.audit(user, AuditAction.UPDATE, "application", applicationId, a.getOrgNodeId(), "assessors: " + String.join(", ", names));
            return a;
        });
        return applications.get(user, applicationId).assessors();
    }

    /**
     * The sheets of an application the user may see: the office all of them, an assessor his own, other readers the
     * submitted ones once the assessment is concluded.
     */
    public List<SheetInfo> sheets(UserContext user, long applicationId) {
        return support.tx(em -> {
            ApplicationEntity a = applications.readable(em, user, applicationId);
            boolean office = support.permitted(user, Permissions.REVIEW, a.getOrgNodeId());
            ApplicationState state = ApplicationState.valueOf(a.getState());
            boolean concluded = state != ApplicationState.UNDER_ASSESSMENT && a.getTotalScore() != null;
            List<SheetInfo> out = new ArrayList<>();
            for (SheetEntity s : em.createQuery("select s from SheetEntity s where s.applicationId = :a order by s.id", SheetEntity.class)
                    .setParameter("a", applicationId).getResultList()) {
                if (office || s.getAssessorId() == user.userId() || concluded && s.isSubmitted()) {
                    out.add(info(s));
                }
            }
            return out;
        });
    }

    /** The assessor's own sheet (empty if he has not saved one yet). */
    public SheetInfo mySheet(UserContext user, long applicationId) {
        return support.tx(em -> {
            ApplicationEntity a = assignedApplication(em, user, applicationId);
            SheetEntity s = sheet(em, a.getId(), user.userId());
            return s == null ? new SheetInfo(applicationId, user.userId(), user.displayName(), Map.of(), null, false, null) : info(s);
        });
    }

    /** Saves the assessor's sheet; with {@code submit} it must be complete and becomes final. */
    public SheetInfo save(UserContext user, long applicationId, SheetDraft draft) {
        if (draft == null || draft.items() == null) {
            throw ValidationException.of("items", Text.of("请填写评分", "the scores are required"));
        }
        SheetEntity saved = support.tx(em -> {
            ApplicationEntity a = assignedApplication(em, user, applicationId);
            if (!ApplicationState.UNDER_ASSESSMENT.name().equals(a.getState())) {
                throw new ConflictException(Text.of("申报不在考评验收阶段，不能评分", "The application is not under assessment"));
            }
            Standard standard = applications.standardOf(em, a);
            Set<Long> evidence = new HashSet<>(em.createQuery("select e.id from EvidenceEntity e where e.applicationId = :a", Long.class)
                    .setParameter("a", applicationId).getResultList());
            validateItems(standard, draft.items(), evidence);
            if (draft.submit()) {
                Scoring.validate(standard, domainItems(standard, draft.items()));
            }
            SheetEntity s = sheet(em, applicationId, user.userId());
            if (s != null && s.isSubmitted()) {
                throw new ConflictException(Text.of("评分表已提交，不能修改", "The sheet was submitted and cannot change"));
            }
            if (s == null) {
                s = new SheetEntity();
                s.setApplicationId(applicationId);
                s.setAssessorId(user.userId());
                s.setAssessorName(user.displayName());
                em.persist(s);
            }
            s.setItems(JsonCodec.write(draft.items()));
            s.setTotal(Scoring.round(draft.items().entrySet().stream()
                    .filter(e -> standard.item(e.getKey()).map(i -> !i.veto()).orElse(false))
                    .mapToDouble(e -> e.getValue().score() == null ? 0 : e.getValue().score()).sum()));
            s.setSubmitted(draft.submit());
            s.setSubmittedAt(draft.submit() ? LocalDateTime.now() : null);
            s.setUpdatedAt(LocalDateTime.now());
            em.flush();
            support.audit(user, draft.submit() ? "SUBMIT_SCORES" : AuditAction.UPDATE, "score-sheet", s.getId(), a.getOrgNodeId(),
                    "application " + applicationId + " total " + s.getTotal());
            return s;
        });
        return info(saved);
    }

    private ApplicationEntity assignedApplication(EntityManager em, UserContext user, long applicationId) {
        ApplicationEntity a = applications.readable(em, user, applicationId);
        support.check(user, Permissions.SCORE, a.getOrgNodeId());
        if (!ApplicationService.isAssigned(em, applicationId, user.userId())) {
            throw new org.jindu.portal.api.AccessDeniedException(Text.of("您不是该申报的考评人员", "You are not an assessor of this application"));
        }
        return a;
    }

    private static void validateItems(Standard standard, Map<String, SheetItem> items, Set<Long> evidence) {
        List<FieldError> errors = new ArrayList<>();
        items.forEach((code, item) -> {
            String f = "items." + code;
            if (standard.item(code).isEmpty()) {
                errors.add(new FieldError(f, Text.of("标准中没有条目 " + code, "the standard has no item " + code)));
            } else if (item == null) {
                errors.add(new FieldError(f, Text.of("缺少评分内容", "no judgement given")));
            } else {
                if (item.comment() != null && item.comment().length() > 1000) {
                    errors.add(new FieldError(f, Text.of("评语不能超过 1000 字", "the comment must be at most 1000 characters")));
                }
                for (Long id : item.evidenceIds() == null ? List.<Long>of() : item.evidenceIds()) {
                    if (!evidence.contains(id)) {
                        errors.add(new FieldError(f, Text.of("佐证材料 " + id + " 不属于该申报", "evidence " + id + " is not part of this application")));
                    }
                }
                Standard.Item def = standard.item(code).get();
                if (!def.veto() && item.score() != null && (item.score() < 0 || item.score() > def.maxScore())) {
                    errors.add(new FieldError(f, Text.of("得分须在 0 到 " + def.maxScore() + " 之间", "the score must be between 0 and " + def.maxScore())));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The sheet as the scoring rules see it: a scored item without a score is not scored yet. */
    private static Map<String, Scoring.ItemScore> domainItems(Standard standard, Map<String, SheetItem> items) {
        Map<String, Scoring.ItemScore> out = new LinkedHashMap<>();
        items.forEach((code, i) -> {
            boolean veto = standard.item(code).map(Standard.Item::veto).orElse(false);
            if (i != null && (veto || i.score() != null)) {
                out.put(code, new Scoring.ItemScore(i.score() == null ? 0 : i.score(), veto && i.vetoViolated(), i.comment()));
            }
        });
        return out;
    }

    /** A submitted sheet as the scoring rules see it. */
    static Scoring.Sheet toDomain(Standard standard, SheetEntity s) {
        return new Scoring.Sheet(s.getAssessorId(), domainItems(standard, JsonCodec.read(s.getItems(), ITEMS)));
    }

    private static SheetEntity sheet(EntityManager em, long applicationId, long assessorId) {
        return em.createQuery("select s from SheetEntity s where s.applicationId = :a and s.assessorId = :u", SheetEntity.class)
                .setParameter("a", applicationId).setParameter("u", assessorId).getResultList().stream().findFirst().orElse(null);
    }

    private static SheetInfo info(SheetEntity s) {
        return new SheetInfo(s.getApplicationId(), s.getAssessorId(), s.getAssessorName(), JsonCodec.read(s.getItems(), ITEMS),
                s.getTotal(), s.isSubmitted(), s.getSubmittedAt());
    }
}
