package org.jindu.portal.assessment.internal.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.module.PortalEvents;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.assessment.internal.domain.Coverage;
import org.jindu.portal.assessment.internal.domain.Level;
import org.jindu.portal.assessment.internal.domain.Titles;
import org.jindu.portal.assessment.internal.domain.Titles.Outcome;
import org.jindu.portal.assessment.internal.domain.Titles.RevocationReason;
import org.jindu.portal.assessment.internal.domain.Titles.Status;
import org.jindu.portal.assessment.internal.domain.Titles.YellowCardReason;
import org.jindu.portal.assessment.internal.model.ApplicationFilter;
import org.jindu.portal.assessment.internal.model.ApplicationInfo;
import org.jindu.portal.assessment.internal.model.ReviewDraft;
import org.jindu.portal.assessment.internal.model.ReviewInfo;
import org.jindu.portal.assessment.internal.model.RevocationDraft;
import org.jindu.portal.assessment.internal.model.SignalInfo;
import org.jindu.portal.assessment.internal.model.TitleFilter;
import org.jindu.portal.assessment.internal.model.TitleInfo;
import org.jindu.portal.assessment.internal.model.TownAssessmentDraft;
import org.jindu.portal.assessment.internal.model.TownAssessmentInfo;
import org.jindu.portal.assessment.internal.model.VillageHistory;
import org.jindu.portal.assessment.internal.persistence.ReviewEntity;
import org.jindu.portal.assessment.internal.persistence.SignalEntity;
import org.jindu.portal.assessment.internal.persistence.TitleEntity;
import org.jindu.portal.assessment.internal.persistence.TownAssessmentEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Titles and their dynamic management (CA-7, CA-8): the designation list, the annual review with yellow cards, the
 * automatic revocation proposal after a second consecutive yellow card, revocation for one of the plan's reasons,
 * wastewater signals from the intelligence module, and the town assessments the city records.
 */
@Component(service = TitleService.class)
public class TitleService {
    private static final Text TITLE = Text.of("称号", "Title");

    private final Support support;
    private final ApplicationService applications;

    @Activate
    public TitleService(@Reference Support support, @Reference ApplicationService applications) {
        this.support = support;
        this.applications = applications;
    }

    // ---------------------------------------------------------------- shared with the application procedure

    /** The titles a unit has held at a level, for {@link Titles#requireMayApply}. */
    static List<Titles.Held> held(EntityManager em, long nodeId, Level level) {
        return em.createQuery("select t from TitleEntity t where t.orgNodeId = :n and t.level = :l", TitleEntity.class)
                .setParameter("n", nodeId).setParameter("l", level.name()).getResultList().stream()
                .map(t -> new Titles.Held(Status.valueOf(t.getStatus()), t.getRevokedOn() == null ? null : t.getRevokedOn().getYear()))
                .toList();
    }

    static TitleEntity award(EntityManager em, long nodeId, Level level, Long applicationId, LocalDate on, String by) {
        TitleEntity t = new TitleEntity();
        t.setOrgNodeId(nodeId);
        t.setLevel(level.name());
        t.setApplicationId(applicationId);
        t.setAwardedOn(on);
        t.setStatus(Status.ACTIVE.name());
        t.setCreatedBy(by);
        t.setCreatedAt(LocalDateTime.now());
        em.persist(t);
        return t;
    }

    /** How many of the villages hold a village title now (a proposed revocation still holds it). */
    static int activeVillageTitles(EntityManager em, List<OrgNode> villages) {
        return designatedAt(em, villages.stream().map(OrgNode::id).toList(), LocalDate.MAX);
    }

    /**
     * How many of the villages held a village title on a day: awarded on or before it and not revoked by then.
     * Coverage of a past year is taken on its last day.
     */
    static int designatedAt(EntityManager em, Collection<Long> villageIds, LocalDate day) {
        if (villageIds.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = em.createQuery("select t.orgNodeId, t.awardedOn, t.revokedOn from TitleEntity t "
                        + "where t.level = :l and t.orgNodeId in :nodes", Object[].class)
                .setParameter("l", Level.VILLAGE.name()).setParameter("nodes", villageIds).getResultList();
        Set<Long> holders = new HashSet<>();
        for (Object[] r : rows) {
            LocalDate awarded = (LocalDate) r[1];
            LocalDate revoked = (LocalDate) r[2];
            if (!awarded.isAfter(day) && (revoked == null || revoked.isAfter(day))) {
                holders.add((Long) r[0]);
            }
        }
        return holders.size();
    }

    // ---------------------------------------------------------------- reading

    public List<TitleInfo> list(UserContext user, TitleFilter filter) {
        TitleFilter f = filter == null ? TitleFilter.all() : filter;
        support.check(user, Permissions.READ);
        Set<Long> nodes = support.visible(user, Permissions.READ);
        Long under = f.orgCode() == null || f.orgCode().isBlank() ? null : support.nodeByCode(f.orgCode(), "orgCode").id();
        StringBuilder q = new StringBuilder("select t from TitleEntity t where t.orgNodeId in :nodes");
        if (f.level() != null) {
            q.append(" and t.level = :level");
        }
        if (f.status() != null) {
            q.append(" and t.status = :status");
        }
        if (under != null) {
            q.append(" and t.orgNodeId in :under");
        }
        q.append(" order by t.awardedOn desc, t.id desc");
        return support.tx(em -> {
            TypedQuery<TitleEntity> query = em.createQuery(q.toString(), TitleEntity.class);
            if (f.level() != null) {
                query.setParameter("level", f.level().name());
            }
            if (f.status() != null) {
                query.setParameter("status", f.status().name());
            }
            if (under != null) {
                query.setParameter("under", support.org().subtreeIds(under));
            }
            return infos(em, user, Support.inNodes(query, nodes));
        });
    }

    public TitleInfo get(UserContext user, long id) {
        return support.tx(em -> info(em, user, readable(em, user, id), reviews(em, List.of(id)).getOrDefault(id, List.of())));
    }

    /** The titles of one unit, newest first (its title history). */
    public List<TitleInfo> ofUnit(UserContext user, long nodeId) {
        support.check(user, Permissions.READ, nodeId);
        return support.tx(em -> infos(em, user, em.createQuery(
                        "select t from TitleEntity t where t.orgNodeId = :n order by t.awardedOn desc, t.id desc", TitleEntity.class)
                .setParameter("n", nodeId).getResultList()));
    }

    /** A unit's title history with its applications (the applications only for readers of applications). */
    public VillageHistory history(UserContext user, String orgCode) {
        OrgNode n = support.nodeByCode(orgCode, "orgCode");
        List<TitleInfo> held = ofUnit(user, n.id());
        List<ApplicationInfo> apps = support.permitted(user, Permissions.APPLICATION_READ, n.id())
                ? applications.list(user, new ApplicationFilter(null, null, null, n.code(), false)).stream()
                        .filter(a -> a.orgNodeId() == n.id()).toList()
                : List.of();
        return new VillageHistory(n.id(), n.code(), n.name(user.locale()), held, apps);
    }

    /** The current designation list: titles in force (a proposed revocation is still in force). */
    public List<TitleInfo> designations(UserContext user, Level level) {
        List<TitleInfo> all = list(user, new TitleFilter(level, null, null));
        return all.stream().filter(t -> t.status() != Status.REVOKED).toList();
    }

    private TitleEntity readable(EntityManager em, UserContext user, long id) {
        TitleEntity t = em.find(TitleEntity.class, id);
        if (t == null || !support.permitted(user, Permissions.READ, t.getOrgNodeId())) {
            throw NotFoundException.of(TITLE, String.valueOf(id));
        }
        return t;
    }

    // ---------------------------------------------------------------- dynamic management

    /** The annual review (复核); a second consecutive yellow card proposes the revocation (§6.5 (1)). */
    public TitleInfo review(UserContext user, long titleId, ReviewDraft draft) {
        if (draft == null) {
            throw ValidationException.of("review", Text.of("请填写复核结果", "the review is required"));
        }
        int thisYear = support.today().getYear();
        Validator v = new Validator()
                .required("year", draft.year(), Text.of("复核年度", "Year"))
                .required("outcome", draft.outcome(), Text.of("复核结论", "Outcome"))
                .range("year", draft.year(), 2000, thisYear)
                .range("ranking", draft.ranking(), 1, 10000)
                .maxLength("wastewaterLevel", draft.wastewaterLevel(), 50)
                .maxLength("note", draft.note(), 2000);
        if (draft.outcome() == Outcome.YELLOW_CARD) {
            v.required("yellowReason", draft.yellowReason(), Text.of("黄牌原因", "Reason of the yellow card"));
        }
        v.throwIfInvalid();
        boolean[] proposed = new boolean[1];
        TitleEntity saved = support.tx(em -> {
            TitleEntity t = readable(em, user, titleId);
            support.check(user, Permissions.TITLE_MANAGE, t.getOrgNodeId());
            if (!Status.ACTIVE.name().equals(t.getStatus())) {
                throw new ConflictException(Text.of("称号当前为「" + Status.valueOf(t.getStatus()).label().zh() + "」，不能复核",
                        "The title is " + Status.valueOf(t.getStatus()).label().en().toLowerCase() + " and cannot be reviewed"));
            }
            if (draft.year() <= t.getAwardedOn().getYear()) {
                throw ValidationException.of("year", Text.of("称号于 " + t.getAwardedOn().getYear() + " 年获得，从下一年度开始复核",
                        "The title was awarded in " + t.getAwardedOn().getYear() + "; reviews start the year after"));
            }
            List<Titles.Review> earlier = reviews(em, List.of(titleId)).getOrDefault(titleId, List.of()).stream()
                    .map(r -> new Titles.Review(r.year(), r.outcome())).toList();
            Titles.requireNotReviewed(earlier, draft.year());
            String wastewater = StandardService.blankToNull(draft.wastewaterLevel());
            if (draft.yellowReason() == YellowCardReason.HIGH_WASTEWATER && wastewater == null) {
                wastewater = signalsFor(em, t.getOrgNodeId(), draft.year()).stream().map(SignalEntity::getLevel)
                        .filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> ValidationException.of("wastewaterLevel",
                                Text.of("请填写污水检测显示的滥用水平", "enter the abuse level measured in wastewater")));
            }
            ReviewEntity r = new ReviewEntity();
            r.setTitleId(titleId);
            r.setYear(draft.year());
            r.setOutcome(draft.outcome().name());
            r.setYellowReason(draft.outcome() == Outcome.YELLOW_CARD ? draft.yellowReason().name() : null);
            r.setRanking(draft.ranking());
            r.setWastewaterLevel(wastewater);
            r.setNote(StandardService.blankToNull(draft.note()));
            r.setReviewedBy(user.username());
            r.setReviewedAt(LocalDateTime.now());
            em.persist(r);
            if (draft.outcome() == Outcome.YELLOW_CARD && Titles.secondConsecutiveYellowCard(earlier, draft.year())) {
                t.setStatus(Status.REVOCATION_PROPOSED.name());
                t.setProposalNote("连续两次被予以黄牌警告 (" + (draft.year() - 1) + "、" + draft.year() + ")");
                proposed[0] = true;
            }
            support.audit(user, "REVIEW", "title", titleId, t.getOrgNodeId(), draft.year() + " " + draft.outcome()
                    + (draft.yellowReason() == null || draft.outcome() != Outcome.YELLOW_CARD ? "" : " " + draft.yellowReason())
                    + (proposed[0] ? " → REVOCATION_PROPOSED" : ""));
            return t;
        });
        Map<String, Object> event = Map.of(PortalEvents.RECORD_ID, titleId, PortalEvents.ORG_NODE_ID, saved.getOrgNodeId(),
                PortalEvents.YEAR, draft.year(), "outcome", draft.outcome().name());
        support.post("title/reviewed", event);
        if (proposed[0]) {
            support.post("title/revocation-proposed", event);
        }
        return get(user, titleId);
    }

    /** Revokes a title for one of the plan's reasons; two consecutive yellow cards must be on record to be the reason. */
    public TitleInfo revoke(UserContext user, long titleId, RevocationDraft draft) {
        if (draft == null) {
            throw ValidationException.of("reason", Text.of("请选择取消原因", "the reason is required"));
        }
        LocalDate today = support.today();
        LocalDate effective = draft.effectiveOn() == null ? today : draft.effectiveOn();
        String note = StandardService.blankToNull(draft.note());
        Validator v = new Validator()
                .required("reason", draft.reason(), Text.of("取消原因", "Reason"))
                .notAfter("effectiveOn", effective, today, Text.of("今天", "today"))
                .maxLength("note", note, 2000);
        if (draft.reason() != null && draft.reason() != RevocationReason.TWO_YELLOW_CARDS) {
            v.required("note", note, Text.of("情况说明", "What happened"));
        }
        v.throwIfInvalid();
        TitleEntity saved = support.tx(em -> {
            TitleEntity t = readable(em, user, titleId);
            support.check(user, Permissions.TITLE_MANAGE, t.getOrgNodeId());
            if (Status.REVOKED.name().equals(t.getStatus())) {
                throw new ConflictException(Text.of("称号已于 " + t.getRevokedOn() + " 取消", "The title was revoked on " + t.getRevokedOn()));
            }
            if (effective.isBefore(t.getAwardedOn())) {
                throw ValidationException.of("effectiveOn", Text.of("不能早于授予日期 " + t.getAwardedOn(),
                        "cannot be before the award on " + t.getAwardedOn()));
            }
            if (draft.reason() == RevocationReason.TWO_YELLOW_CARDS) {
                List<Titles.Review> all = reviews(em, List.of(titleId)).getOrDefault(titleId, List.of()).stream()
                        .map(r -> new Titles.Review(r.year(), r.outcome())).toList();
                boolean twice = all.stream().anyMatch(r -> r.outcome() == Outcome.YELLOW_CARD
                        && Titles.secondConsecutiveYellowCard(all, r.year()));
                if (!twice) {
                    throw new ConflictException(Text.of("复核记录中没有连续两次黄牌警告", "The reviews show no two consecutive yellow cards"));
                }
            }
            t.setStatus(Status.REVOKED.name());
            t.setRevokedOn(effective);
            t.setRevocationReason(draft.reason().name());
            t.setRevocationNote(note);
            support.audit(user, "REVOKE", "title", titleId, t.getOrgNodeId(), draft.reason() + " " + effective + (note == null ? "" : ": " + note));
            return t;
        });
        support.post("title/revoked", Map.of(PortalEvents.RECORD_ID, titleId, PortalEvents.ORG_NODE_ID, saved.getOrgNodeId(),
                "reason", draft.reason().name()));
        return get(user, titleId);
    }

    // ---------------------------------------------------------------- signals from other modules

    /** Stores a signal (e.g. a wastewater alert) for the annual review of the titles at or below its node. */
    public void recordSignal(long nodeId, int year, String source, String level, String detail) {
        support.run(em -> {
            SignalEntity s = new SignalEntity();
            s.setOrgNodeId(nodeId);
            s.setYear(year);
            s.setSource(cut(source, 32));
            s.setLevel(cut(level, 50));
            s.setDetail(cut(detail, 2000));
            s.setReceivedAt(LocalDateTime.now());
            em.persist(s);
        });
    }

    /** Signals about a title's unit in a year: those of its node and of every node above it (a town-wide alert counts). */
    public List<SignalInfo> signals(UserContext user, long titleId, int year) {
        return support.tx(em -> {
            TitleEntity t = readable(em, user, titleId);
            return signalsFor(em, t.getOrgNodeId(), year).stream().map(s -> new SignalInfo(s.getId(), s.getOrgNodeId(),
                    support.node(s.getOrgNodeId()).name(user.locale()), s.getYear(), s.getSource(), s.getLevel(), s.getDetail(),
                    s.getReceivedAt())).toList();
        });
    }

    private List<SignalEntity> signalsFor(EntityManager em, long nodeId, int year) {
        List<Long> path = support.org().path(nodeId).stream().map(OrgNode::id).toList();
        return em.createQuery("select s from SignalEntity s where s.orgNodeId in :nodes and s.year = :y order by s.receivedAt desc", SignalEntity.class)
                .setParameter("nodes", path).setParameter("y", year).getResultList();
    }

    // ---------------------------------------------------------------- town assessments by the city

    /**
     * Records the city's assessment of a town (§5 (4), §6.3). The town is designated 无毒镇街 when it passed its
     * standard and its village coverage (at the end of the year, or today for the current year) reaches the threshold.
     * Checked on the town's parent: a town cannot record its own assessment.
     */
    public TownAssessmentInfo recordTownAssessment(UserContext user, TownAssessmentDraft d) {
        if (d == null) {
            throw ValidationException.of("townCode", Text.of("请填写考评结果", "the assessment is required"));
        }
        LocalDate today = support.today();
        new Validator()
                .required("townCode", d.townCode(), Text.of("镇街编码", "Town code"))
                .required("year", d.year(), Text.of("年度", "Year"))
                .required("score", d.score(), Text.of("得分", "Score"))
                .required("standardPassed", d.standardPassed(), Text.of("是否达标", "Passed"))
                .required("assessedOn", d.assessedOn(), Text.of("考评日期", "Date of the assessment"))
                .required("assessor", d.assessor(), Text.of("考评单位", "Assessed by"))
                .range("year", d.year(), 2000, today.getYear())
                .range("score", d.score(), 0, 100)
                .notAfter("assessedOn", d.assessedOn(), today, Text.of("今天", "today"))
                .maxLength("assessor", d.assessor(), 100)
                .maxLength("vetoNote", d.vetoNote(), 2000)
                .maxLength("opinion", d.opinion(), 4000)
                .throwIfInvalid();
        OrgNode town = support.nodeByCode(d.townCode(), "townCode");
        if (town.level() != OrgLevel.TOWN) {
            throw ValidationException.of("townCode", Text.of(town.name() + " 不是镇街", town.nameEn() + " is not a town"));
        }
        if (town.parentId() == null) {
            throw ValidationException.of("townCode", Text.of("镇街没有上级", "the town has no parent"));
        }
        support.check(user, Permissions.TOWN_RECORD, town.parentId());
        double threshold = support.config().townCoveragePercent();
        LocalDate day = d.year() < today.getYear() ? LocalDate.of(d.year(), 12, 31) : today;
        List<OrgNode> villages = support.villagesOf(town.id());
        boolean[] created = new boolean[1];
        TownAssessmentEntity saved = support.tx(em -> {
            TownAssessmentEntity e = em.createQuery("select a from TownAssessmentEntity a where a.orgNodeId = :n and a.year = :y", TownAssessmentEntity.class)
                    .setParameter("n", town.id()).setParameter("y", d.year()).getResultList().stream().findFirst().orElse(null);
            if (e != null && e.getTitleId() != null) {
                throw new ConflictException(Text.of(d.year() + " 年度的考评已据此确定无毒镇街，不能再修改",
                        "The " + d.year() + " assessment led to the designation and can no longer change"));
            }
            created[0] = e == null;
            if (e == null) {
                e = new TownAssessmentEntity();
                e.setOrgNodeId(town.id());
                e.setYear(d.year());
            }
            int designated = designatedAt(em, villages.stream().map(OrgNode::id).toList(), day);
            double coverage = Coverage.percent(designated, villages.size());
            boolean eligible = d.standardPassed() && Coverage.townEligible(designated, villages.size(), threshold);
            e.setScore(d.score());
            e.setStandardPassed(d.standardPassed());
            e.setVetoNote(StandardService.blankToNull(d.vetoNote()));
            e.setAssessedOn(d.assessedOn());
            e.setAssessor(d.assessor().strip());
            e.setOpinion(StandardService.blankToNull(d.opinion()));
            e.setCoverage(coverage);
            e.setEligible(eligible);
            e.setRecordedBy(user.username());
            e.setRecordedAt(LocalDateTime.now());
            if (eligible && held(em, town.id(), Level.TOWN).stream().noneMatch(h -> h.status() != Status.REVOKED)) {
                em.persist(e);
                em.flush();
                e.setTitleId(award(em, town.id(), Level.TOWN, null, d.assessedOn(), user.username()).getId());
            } else if (created[0]) {
                em.persist(e);
            }
            em.flush();
            support.audit(user, created[0] ? AuditAction.CREATE : AuditAction.UPDATE, "town-assessment", e.getId(), town.id(),
                    d.year() + " score " + d.score() + " passed " + d.standardPassed() + " coverage " + e.getCoverage()
                            + "% eligible " + e.isEligible() + (e.getTitleId() == null ? "" : " → title " + e.getTitleId()));
            return e;
        });
        if (saved.getTitleId() != null) {
            support.post("designated", Map.of(PortalEvents.RECORD_ID, saved.getTitleId(), PortalEvents.ORG_NODE_ID, town.id(),
                    "action", "TOWN_ASSESSMENT"));
        }
        return townInfo(saved, town, threshold);
    }

    public List<TownAssessmentInfo> townAssessments(UserContext user, Integer year) {
        support.check(user, Permissions.READ);
        Set<Long> nodes = support.visible(user, Permissions.READ);
        double threshold = support.config().townCoveragePercent();
        return support.tx(em -> Support.inNodes(em.createQuery(
                        "select a from TownAssessmentEntity a where a.orgNodeId in :nodes order by a.year desc, a.id", TownAssessmentEntity.class), nodes)
                .stream().filter(a -> year == null || a.getYear() == year)
                .map(a -> townInfo(a, support.node(a.getOrgNodeId()), threshold)).toList());
    }

    private static TownAssessmentInfo townInfo(TownAssessmentEntity a, OrgNode town, double threshold) {
        return new TownAssessmentInfo(a.getId(), town.code(), town.name(), a.getYear(), a.getScore(), a.isStandardPassed(),
                a.getVetoNote(), a.getAssessedOn(), a.getAssessor(), a.getOpinion(), a.getCoverage(), threshold, a.isEligible(),
                a.getTitleId(), a.getRecordedBy(), a.getRecordedAt());
    }

    // ---------------------------------------------------------------- mapping

    private List<TitleInfo> infos(EntityManager em, UserContext user, List<TitleEntity> titles) {
        Map<Long, List<ReviewInfo>> reviews = reviews(em, titles.stream().map(TitleEntity::getId).toList());
        List<TitleInfo> out = new ArrayList<>();
        for (TitleEntity t : titles) {
            out.add(info(em, user, t, reviews.getOrDefault(t.getId(), List.of())));
        }
        return out;
    }

    private TitleInfo info(EntityManager em, UserContext user, TitleEntity t, List<ReviewInfo> reviews) {
        OrgNode n = support.node(t.getOrgNodeId());
        Level level = Level.valueOf(t.getLevel());
        Status status = Status.valueOf(t.getStatus());
        return new TitleInfo(t.getId(), n.id(), n.code(), n.name(user.locale()), level, Support.t(user, level.label()),
                t.getAwardedOn(), status, Support.t(user, status.label()), t.getProposalNote(), t.getRevokedOn(),
                t.getRevocationReason() == null ? null : RevocationReason.valueOf(t.getRevocationReason()),
                t.getRevocationNote(), t.getApplicationId(), reviews);
    }

    private static Map<Long, List<ReviewInfo>> reviews(EntityManager em, List<Long> titleIds) {
        Map<Long, List<ReviewInfo>> out = new HashMap<>();
        if (titleIds.isEmpty()) {
            return out;
        }
        for (ReviewEntity r : em.createQuery("select r from ReviewEntity r where r.titleId in :ids order by r.year", ReviewEntity.class)
                .setParameter("ids", titleIds).getResultList()) {
            out.computeIfAbsent(r.getTitleId(), k -> new ArrayList<>()).add(new ReviewInfo(r.getYear(), Outcome.valueOf(r.getOutcome()),
                    r.getYellowReason() == null ? null : YellowCardReason.valueOf(r.getYellowReason()), r.getRanking(),
                    r.getWastewaterLevel(), r.getNote(), r.getReviewedBy(), r.getReviewedAt()));
        }
        return out;
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
