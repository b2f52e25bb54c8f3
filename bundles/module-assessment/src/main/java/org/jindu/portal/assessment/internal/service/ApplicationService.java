package org.jindu.portal.assessment.internal.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.data.Masking;
import org.jindu.portal.api.module.PortalEvents;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.assessment.internal.domain.Action;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.domain.Coverage;
import org.jindu.portal.assessment.internal.domain.Level;
import org.jindu.portal.assessment.internal.domain.Scoring;
import org.jindu.portal.assessment.internal.domain.Standard;
import org.jindu.portal.assessment.internal.domain.Titles;
import org.jindu.portal.assessment.internal.domain.Workflow;
import org.jindu.portal.assessment.internal.model.ActionRequest;
import org.jindu.portal.assessment.internal.model.ApplicationDraft;
import org.jindu.portal.assessment.internal.model.ApplicationFilter;
import org.jindu.portal.assessment.internal.model.ApplicationInfo;
import org.jindu.portal.assessment.internal.model.AssessorRef;
import org.jindu.portal.assessment.internal.model.TransitionInfo;
import org.jindu.portal.assessment.internal.persistence.ApplicationEntity;
import org.jindu.portal.assessment.internal.persistence.AssignmentEntity;
import org.jindu.portal.assessment.internal.persistence.RoundEntity;
import org.jindu.portal.assessment.internal.persistence.SheetEntity;
import org.jindu.portal.assessment.internal.persistence.TargetEntity;
import org.jindu.portal.assessment.internal.persistence.TitleEntity;
import org.jindu.portal.assessment.internal.persistence.TransitionEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Applications and their procedure (CA-2 to CA-7, CA-10): the village fills in and submits the form, the office
 * accepts it into the year's creation list (within the quota) or rejects it, opens the assessment when the cycle is
 * over, concludes it from the assessors' sheets, records its supervision opinion and designates (or declines); a
 * falsified application is disqualified with a notice. Every step is a dated transition with who made it, and an
 * audit entry.
 */
@Component(service = ApplicationService.class)
public class ApplicationService {
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");
    private static final Text APPLICATION = Text.of("创建申报", "Application");

    private final Support support;
    private final StandardService standards;
    private final RoundService rounds;

    @Activate
    public ApplicationService(@Reference Support support, @Reference StandardService standards, @Reference RoundService rounds) {
        this.support = support;
        this.standards = standards;
        this.rounds = rounds;
    }

    // ---------------------------------------------------------------- reading

    public List<ApplicationInfo> list(UserContext user, ApplicationFilter filter) {
        ApplicationFilter f = filter == null ? ApplicationFilter.all() : filter;
        boolean reader = support.permitted(user, Permissions.APPLICATION_READ);
        boolean scorer = support.permitted(user, Permissions.SCORE);
        if (!reader && !scorer) {
            support.check(user, Permissions.APPLICATION_READ);
        }
        Set<Long> nodes = f.assignedToMe() ? Set.of() : support.visible(user, Permissions.APPLICATION_READ);
        Set<Long> scoreNodes = support.visible(user, Permissions.SCORE);
        Long orgId = f.orgCode() == null || f.orgCode().isBlank() ? null : support.nodeByCode(f.orgCode(), "orgCode").id();
        StringBuilder q = new StringBuilder("select a from ApplicationEntity a where (a.orgNodeId in :nodes or (a.orgNodeId in :scoreNodes "
                + "and exists (select s from AssignmentEntity s where s.applicationId = a.id and s.assessorId = :me)))");
        if (f.roundId() != null) {
            q.append(" and a.roundId = :round");
        }
        if (f.year() != null) {
            q.append(" and a.roundId in (select r.id from RoundEntity r where r.year = :year)");
        }
        if (f.state() != null) {
            q.append(" and a.state = :state");
        }
        if (orgId != null) {
            q.append(" and a.orgNodeId in :org");
        }
        q.append(" order by a.id desc");
        return support.tx(em -> {
            TypedQuery<ApplicationEntity> query = em.createQuery(q.toString(), ApplicationEntity.class)
                    .setParameter("nodes", nonEmpty(nodes)).setParameter("scoreNodes", nonEmpty(scoreNodes))
                    .setParameter("me", user.userId());
            if (f.roundId() != null) {
                query.setParameter("round", f.roundId());
            }
            if (f.year() != null) {
                query.setParameter("year", f.year());
            }
            if (f.state() != null) {
                query.setParameter("state", f.state().name());
            }
            if (orgId != null) {
                query.setParameter("org", support.org().subtreeIds(orgId));
            }
            Map<Long, RoundEntity> roundCache = new HashMap<>();
            List<ApplicationInfo> out = new ArrayList<>();
            for (ApplicationEntity a : query.setMaxResults(2000).getResultList()) {
                out.add(info(em, user, a, roundCache.computeIfAbsent(a.getRoundId(), id -> em.find(RoundEntity.class, id))));
            }
            return out;
        });
    }

    public ApplicationInfo get(UserContext user, long id) {
        return support.tx(em -> {
            ApplicationEntity a = readable(em, user, id);
            return info(em, user, a, em.find(RoundEntity.class, a.getRoundId()));
        });
    }

    public List<TransitionInfo> transitions(UserContext user, long id) {
        return support.tx(em -> {
            readable(em, user, id);
            return em.createQuery("select t from TransitionEntity t where t.applicationId = :a order by t.id", TransitionEntity.class)
                    .setParameter("a", id).getResultList().stream().map(t -> new TransitionInfo(
                            Action.valueOf(t.getAction()), Support.t(user, Action.valueOf(t.getAction()).label()),
                            t.getFromState() == null ? null : ApplicationState.valueOf(t.getFromState()),
                            ApplicationState.valueOf(t.getToState()), t.getEffectiveOn(), t.getActor(), t.getActorName(),
                            t.getReason(), t.getRecordedAt())).toList();
        });
    }

    /**
     * The application if the user may read it: with {@code assessment.application.read} on its node, or as an
     * assessor assigned to it. Otherwise it does not exist for him (404), so that ids of other villages reveal nothing.
     */
    ApplicationEntity readable(EntityManager em, UserContext user, long id) {
        ApplicationEntity a = em.find(ApplicationEntity.class, id);
        if (a == null || !canRead(em, user, a)) {
            throw NotFoundException.of(APPLICATION, String.valueOf(id));
        }
        return a;
    }

    boolean canRead(EntityManager em, UserContext user, ApplicationEntity a) {
        return support.permitted(user, Permissions.APPLICATION_READ, a.getOrgNodeId())
                || support.permitted(user, Permissions.SCORE, a.getOrgNodeId()) && isAssigned(em, a.getId(), user.userId());
    }

    static boolean isAssigned(EntityManager em, long applicationId, long userId) {
        return em.createQuery("select count(s) from AssignmentEntity s where s.applicationId = :a and s.assessorId = :u", Long.class)
                .setParameter("a", applicationId).setParameter("u", userId).getSingleResult() > 0;
    }

    /** The standard version an application the user may read is (or will be) scored against. */
    public Standard standard(UserContext user, long applicationId) {
        return support.tx(em -> standardOf(em, readable(em, user, applicationId)));
    }

    /** The standard an application is (or will be) scored against. */
    Standard standardOf(EntityManager em, ApplicationEntity a) {
        if (a.getStandardId() != null) {
            return standards.version(a.getStandardId());
        }
        return standards.version(em.find(RoundEntity.class, a.getRoundId()).getStandardId());
    }

    // ---------------------------------------------------------------- the form

    public ApplicationInfo create(UserContext user, ApplicationDraft draft) {
        if (draft == null) {
            throw ValidationException.of("application", Text.of("请填写申报表", "the application form is required"));
        }
        new Validator().required("roundId", draft.roundId(), Text.of("创建轮次", "Round")).throwIfInvalid();
        RoundEntity round = rounds.find(draft.roundId());
        rounds.requireVisible(user, round);
        Level level = Level.valueOf(round.getLevel());
        OrgNode applicant = applicant(user, draft.orgCode(), level);
        support.check(user, Permissions.APPLY, applicant.id());
        if (!support.org().isInSubtree(applicant.id(), round.getOrgNodeId()) || applicant.id() == round.getOrgNodeId()) {
            throw ValidationException.of("orgCode", Text.of(applicant.name() + " 不属于本轮次的组织范围",
                    applicant.nameEn() + " is outside the round's area"));
        }
        if (round.getApplyUntil() != null && support.today().isAfter(round.getApplyUntil())) {
            throw new ConflictException(Text.of("本轮次申报已于 " + round.getApplyUntil() + " 截止",
                    "Applications to this round closed on " + round.getApplyUntil()));
        }
        validateForm(draft, standards.version(round.getStandardId()));
        ApplicationEntity saved = support.tx(em -> {
            List<ApplicationEntity> earlier = em.createQuery(
                            "select a from ApplicationEntity a where a.roundId = :r and a.orgNodeId = :n and a.state <> :w", ApplicationEntity.class)
                    .setParameter("r", round.getId()).setParameter("n", applicant.id())
                    .setParameter("w", ApplicationState.WITHDRAWN.name()).getResultList();
            if (!earlier.isEmpty()) {
                ApplicationState s = ApplicationState.valueOf(earlier.get(0).getState());
                throw new ConflictException(Text.of(applicant.name() + "已在本轮次申报 (" + s.label().zh() + ")，每轮只能申报一次",
                        applicant.nameEn() + " has applied to this round already (" + s.label().en() + "); one application per round"));
            }
            Titles.requireMayApply(TitleService.held(em, applicant.id(), level), round.getYear());
            ApplicationEntity a = new ApplicationEntity();
            a.setRoundId(round.getId());
            a.setOrgNodeId(applicant.id());
            a.setState(ApplicationState.DRAFT.name());
            applyForm(a, draft);
            a.setCreatedBy(user.username());
            a.setCreatedAt(LocalDateTime.now());
            a.setUpdatedAt(LocalDateTime.now());
            em.persist(a);
            em.flush();
            support.audit(user, AuditAction.CREATE, "application", a.getId(), applicant.id(), round.getName() + ": " + applicant.name());
            return a;
        });
        return get(user, saved.getId());
    }

    public ApplicationInfo update(UserContext user, long id, ApplicationDraft draft) {
        if (draft == null) {
            throw ValidationException.of("application", Text.of("请填写申报表", "the application form is required"));
        }
        ApplicationEntity saved = support.tx(em -> {
            ApplicationEntity a = readable(em, user, id);
            support.check(user, Permissions.APPLY, a.getOrgNodeId());
            if (!ApplicationState.DRAFT.name().equals(a.getState())) {
                throw new ConflictException(Text.of("申报已提交，不能再修改 (当前：" + ApplicationState.valueOf(a.getState()).label().zh() + ")",
                        "The application was submitted and cannot be changed"));
            }
            validateForm(draft, standardOf(em, a));
            applyForm(a, draft);
            a.setUpdatedAt(LocalDateTime.now());
            support.audit(user, AuditAction.UPDATE, "application", id, a.getOrgNodeId(), "form");
            return a;
        });
        return get(user, id);
    }

    private OrgNode applicant(UserContext user, String orgCode, Level level) {
        if (orgCode != null && !orgCode.isBlank()) {
            OrgNode n = support.nodeByCode(orgCode, "orgCode");
            if (n.level() != level.orgLevel()) {
                throw ValidationException.of("orgCode", Text.of(n.name() + " 不是" + (level == Level.VILLAGE ? "村居" : "镇街"),
                        n.nameEn() + " is not a " + level.orgLevel().name().toLowerCase()));
            }
            return n;
        }
        List<OrgNode> own = user.scopeNodeIds().stream().map(support::node).filter(n -> n.level() == level.orgLevel()).toList();
        if (own.size() != 1) {
            throw ValidationException.of("orgCode", Text.of("请选择申报单位", "choose the applying unit"));
        }
        return own.get(0);
    }

    private static void validateForm(ApplicationDraft d, Standard standard) {
        new Validator()
                .maxLength("contactName", d.contactName(), 50)
                .pattern("contactPhone", d.contactPhone(), PHONE, Text.of("电话号码格式不正确 (5-20 位数字)", "not a phone number (5-20 digits)"))
                .maxLength("plan", d.plan(), 8000)
                .maxLength("selfAssessment", d.selfAssessment(), 4000)
                .range("selfScore", d.selfScore(), 0, standard.maxTotal())
                .throwIfInvalid();
    }

    private static void applyForm(ApplicationEntity a, ApplicationDraft d) {
        a.setContactName(StandardService.blankToNull(d.contactName()));
        a.setContactPhone(StandardService.blankToNull(d.contactPhone()));
        a.setPlan(StandardService.blankToNull(d.plan()));
        a.setSelfScore(d.selfScore());
        a.setSelfAssessment(StandardService.blankToNull(d.selfAssessment()));
    }

    // ---------------------------------------------------------------- the procedure

    /** The permission an action needs on the application's node. */
    static String permissionFor(Action action) {
        return action == Action.SUBMIT || action == Action.WITHDRAW ? Permissions.APPLY : Permissions.REVIEW;
    }

    public ApplicationInfo act(UserContext user, long id, ActionRequest request) {
        if (request == null || request.action() == null) {
            throw ValidationException.of("action", Text.of("请选择操作", "the action is required"));
        }
        Action action = request.action();
        LocalDate today = support.today();
        LocalDate effective = request.effectiveOn() == null ? today : request.effectiveOn();
        String reason = StandardService.blankToNull(request.reason());
        new Validator()
                .notAfter("effectiveOn", effective, today, Text.of("今天", "today"))
                .maxLength("reason", reason, 4000)
                .throwIfInvalid();
        Workflow.requireReason(action, reason);
        TitleEntity[] awarded = new TitleEntity[1];
        ApplicationEntity saved = support.tx(em -> {
            ApplicationEntity a = readable(em, user, id);
            support.check(user, permissionFor(action), a.getOrgNodeId());
            ApplicationState from = ApplicationState.valueOf(a.getState());
            ApplicationState to = Workflow.next(from, action);
            RoundEntity round = em.find(RoundEntity.class, a.getRoundId());
            LocalDate previous = em.createQuery("select max(t.effectiveOn) from TransitionEntity t where t.applicationId = :a", LocalDate.class)
                    .setParameter("a", id).getSingleResult();
            if (previous != null && effective.isBefore(previous)) {
                throw ValidationException.of("effectiveOn", Text.of("日期不能早于上一步 (" + previous + ")",
                        "the date cannot be before the previous step (" + previous + ")"));
            }
            switch (action) {
                case SUBMIT -> requireComplete(a);
                case ACCEPT -> accept(em, a, round, effective);
                case REJECT, DECLINE -> a.setDecisionReason(reason);
                case OPEN_ASSESSMENT -> openAssessment(em, a, round, today);
                case CONCLUDE -> conclude(em, a);
                case SUPERVISE -> supervise(a, request, reason);
                case DESIGNATE -> awarded[0] = designate(em, user, a, round, effective);
                case DISQUALIFY -> a.setDisqualifyNotice(reason);
                default -> {
                }
            }
            a.setState(to.name());
            a.setUpdatedAt(LocalDateTime.now());
            TransitionEntity t = new TransitionEntity();
            t.setApplicationId(id);
            t.setAction(action.name());
            t.setFromState(from.name());
            t.setToState(to.name());
            t.setEffectiveOn(effective);
            t.setActor(user.username());
            t.setActorName(user.displayName());
            t.setReason(reason);
            t.setRecordedAt(LocalDateTime.now());
            em.persist(t);
            support.audit(user, AuditAction.TRANSITION, "application", id, a.getOrgNodeId(),
                    action.name() + " " + from + " → " + to + " (" + effective + ")" + (reason == null ? "" : ": " + reason));
            if (awarded[0] != null) {
                em.flush();
                support.audit(user, AuditAction.CREATE, "title", awarded[0].getId(), a.getOrgNodeId(),
                        Level.valueOf(awarded[0].getLevel()).label().zh() + " " + awarded[0].getAwardedOn());
            }
            return a;
        });
        // posted after the commit: listeners never hear of a step that rolled back
        Map<String, Object> event = Map.of(PortalEvents.RECORD_ID, id, PortalEvents.ORG_NODE_ID, saved.getOrgNodeId(),
                "action", action.name(), "state", saved.getState());
        support.post("application/transition", event);
        if (awarded[0] != null) {
            support.post("designated", event);
        }
        return get(user, id);
    }

    private static void requireComplete(ApplicationEntity a) {
        new Validator()
                .required("contactName", a.getContactName(), Text.of("联系人", "Contact person"))
                .required("contactPhone", a.getContactPhone(), Text.of("联系电话", "Contact phone"))
                .required("plan", a.getPlan(), Text.of("创建工作方案", "Creation plan"))
                .required("selfScore", a.getSelfScore(), Text.of("自评分", "Self-assessed score"))
                .required("selfAssessment", a.getSelfAssessment(), Text.of("自评情况", "Self-assessment"))
                .throwIfInvalid();
    }

    private void accept(EntityManager em, ApplicationEntity a, RoundEntity round, LocalDate effective) {
        if (Level.valueOf(round.getLevel()) == Level.VILLAGE) {
            TargetEntity target = em.find(TargetEntity.class, new TargetEntity.Key(round.getOrgNodeId(), round.getYear()));
            if (target != null) {
                long accepted = em.createQuery("select count(a) from ApplicationEntity a where a.roundId = :r and a.acceptedOn is not null", Long.class)
                        .setParameter("r", round.getId()).getSingleResult();
                Titles.requireWithinQuota((int) accepted, target.getQuota(), target.getExtraQuota());
            }
        }
        a.setAcceptedOn(effective);
        a.setCycleEnd(Workflow.cycleEnd(effective, round.getCycleMonths()));
    }

    private void openAssessment(EntityManager em, ApplicationEntity a, RoundEntity round, LocalDate today) {
        Workflow.requireCycleOver(a.getCycleEnd(), today);
        long assessors = em.createQuery("select count(s) from AssignmentEntity s where s.applicationId = :a", Long.class)
                .setParameter("a", a.getId()).getSingleResult();
        if (assessors == 0) {
            throw new ConflictException(Text.of("请先指定考评人员", "Assign the assessors first"));
        }
        // the version in force for the round is the one the application will be scored against, whatever edits follow
        a.setStandardId(round.getStandardId());
    }

    private void conclude(EntityManager em, ApplicationEntity a) {
        List<AssignmentEntity> assigned = em.createQuery("select s from AssignmentEntity s where s.applicationId = :a", AssignmentEntity.class)
                .setParameter("a", a.getId()).getResultList();
        List<SheetEntity> sheets = em.createQuery("select s from SheetEntity s where s.applicationId = :a and s.submitted = true", SheetEntity.class)
                .setParameter("a", a.getId()).getResultList();
        Set<Long> submitted = new HashSet<>();
        sheets.forEach(s -> submitted.add(s.getAssessorId()));
        List<String> missing = assigned.stream().filter(s -> !submitted.contains(s.getAssessorId())).map(AssignmentEntity::getAssessorName).toList();
        if (sheets.isEmpty() || !missing.isEmpty()) {
            throw new ConflictException(Text.of("尚有考评人员未提交评分表：" + String.join("、", missing),
                    "Score sheets missing from: " + String.join(", ", missing)));
        }
        Standard standard = standardOf(em, a);
        Scoring.Result result = Scoring.compute(standard, sheets.stream().map(s -> ScoringService.toDomain(standard, s)).toList());
        a.setTotalScore(result.total());
        a.setPassed(result.passed());
        a.setVetoItems(result.vetoViolations().isEmpty() ? null : String.join(",", result.vetoViolations()));
    }

    private static void supervise(ApplicationEntity a, ActionRequest request, String opinion) {
        new Validator()
                .required("reason", opinion, Text.of("质量督导意见", "Supervision opinion"))
                .required("rating", request.rating(), Text.of("评价等次", "Rating"))
                .throwIfInvalid();
        a.setSupervisionOpinion(opinion);
        a.setSupervisionRating(request.rating().name());
    }

    private TitleEntity designate(EntityManager em, UserContext user, ApplicationEntity a, RoundEntity round, LocalDate effective) {
        if (!Boolean.TRUE.equals(a.getPassed())) {
            throw new ConflictException(Text.of("未通过考评验收 (得分 " + a.getTotalScore()
                    + (a.getVetoItems() == null ? "" : "，否决项 " + a.getVetoItems()) + ")，不能确定示范",
                    "The assessment was not passed; the unit cannot be designated"));
        }
        Level level = Level.valueOf(round.getLevel());
        if (level == Level.TOWN) {
            int villages = support.villagesOf(a.getOrgNodeId()).size();
            int designated = TitleService.activeVillageTitles(em, support.villagesOf(a.getOrgNodeId()));
            Coverage.requireTownEligible(designated, villages, support.config().townCoveragePercent());
        }
        boolean holds = TitleService.held(em, a.getOrgNodeId(), level).stream().anyMatch(h -> h.status() != Titles.Status.REVOKED);
        if (holds) {
            throw new ConflictException(Text.of("该单位已持有称号", "The unit holds the title already"));
        }
        a.setDecisionReason(null);
        return TitleService.award(em, a.getOrgNodeId(), level, a.getId(), effective, user.username());
    }

    // ---------------------------------------------------------------- views of one application

    private ApplicationInfo info(EntityManager em, UserContext user, ApplicationEntity a, RoundEntity round) {
        OrgNode n = support.node(a.getOrgNodeId());
        ApplicationState state = ApplicationState.valueOf(a.getState());
        boolean owner = support.permitted(user, Permissions.APPLY, a.getOrgNodeId());
        boolean reviewer = support.permitted(user, Permissions.REVIEW, a.getOrgNodeId());
        List<Action> actions = Workflow.actions(state).stream()
                .filter(x -> support.permitted(user, permissionFor(x), a.getOrgNodeId())).sorted().toList();
        List<AssignmentEntity> assigned = em.createQuery("select s from AssignmentEntity s where s.applicationId = :a order by s.id", AssignmentEntity.class)
                .setParameter("a", a.getId()).getResultList();
        Set<Long> submitted = new HashSet<>(em.createQuery("select s.assessorId from SheetEntity s where s.applicationId = :a and s.submitted = true", Long.class)
                .setParameter("a", a.getId()).getResultList());
        List<AssessorRef> assessors = assigned.stream().map(s -> new AssessorRef(s.getAssessorId(), null, s.getAssessorName(),
                submitted.contains(s.getAssessorId()))).toList();
        return new ApplicationInfo(a.getId(), a.getRoundId(), round.getYear(), Level.valueOf(round.getLevel()), n.id(), n.code(),
                n.name(user.locale()), state, Support.t(user, state.label()), a.getContactName(),
                owner || reviewer ? a.getContactPhone() : Masking.phone(a.getContactPhone()),
                a.getPlan(), a.getSelfScore(), a.getSelfAssessment(), a.getAcceptedOn(), a.getCycleEnd(), a.getStandardId(),
                a.getTotalScore(), a.getPassed(), a.getVetoItems() == null ? List.of() : Arrays.asList(a.getVetoItems().split(",")),
                a.getSupervisionRating() == null ? null : org.jindu.portal.assessment.internal.domain.SupervisionRating.valueOf(a.getSupervisionRating()),
                a.getSupervisionOpinion(), a.getDecisionReason(), a.getDisqualifyNotice(), assessors, actions, owner, reviewer,
                a.getUpdatedAt());
    }

    static Set<Long> nonEmpty(Set<Long> nodes) {
        return nodes.isEmpty() ? Set.of(-1L) : nodes;
    }
}
