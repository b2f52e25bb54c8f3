package org.jindu.portal.assessment.internal.service;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.domain.Level;
import org.jindu.portal.assessment.internal.domain.Standard;
import org.jindu.portal.assessment.internal.model.RoundDraft;
import org.jindu.portal.assessment.internal.model.RoundInfo;
import org.jindu.portal.assessment.internal.persistence.RoundEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Creation rounds (创建轮次): each year a town opens a round for its villages and the city one for its towns, with the
 * standard version that applies, the cycle length and an optional application deadline (§6.2).
 */
@Component(service = RoundService.class)
public class RoundService {
    private final Support support;
    private final StandardService standards;

    @Activate
    public RoundService(@Reference Support support, @Reference StandardService standards) {
        this.support = support;
        this.standards = standards;
    }

    /** Rounds organised in the user's area (and, for villages, by their town). */
    public List<RoundInfo> list(UserContext user, Integer year) {
        support.check(user, Permissions.READ);
        Set<Long> nodes = organisersVisibleTo(user);
        return support.tx(em -> Support.inNodes(em.createQuery(
                                "select r from RoundEntity r where r.orgNodeId in :nodes order by r.year desc, r.level, r.id",
                                RoundEntity.class), nodes).stream()
                        .filter(r -> year == null || r.getYear() == year)
                        .map(r -> info(user, r)).toList());
    }

    public RoundInfo get(UserContext user, long id) {
        RoundEntity r = find(id);
        requireVisible(user, r);
        return info(user, r);
    }

    public RoundInfo create(UserContext user, RoundDraft draft) {
        if (draft == null) {
            throw ValidationException.of("round", Text.of("请提供轮次信息", "the round is required"));
        }
        support.check(user, Permissions.REVIEW);
        new Validator()
                .required("orgCode", draft.orgCode(), Text.of("组织单位", "Organising unit"))
                .required("year", draft.year(), Text.of("年度", "Year"))
                .required("level", draft.level(), Text.of("创建层级", "Level"))
                .range("year", draft.year(), 2000, support.today().getYear() + 1)
                .range("cycleMonths", draft.cycleMonths(), 1, 36)
                .throwIfInvalid();
        OrgNode organiser = support.nodeByCode(draft.orgCode(), "orgCode");
        OrgLevel expected = draft.level() == Level.VILLAGE ? OrgLevel.TOWN : OrgLevel.CITY;
        if (organiser.level() != expected) {
            throw ValidationException.of("orgCode", Text.of(
                    draft.level().label().zh() + "创建由" + (expected == OrgLevel.TOWN ? "镇街" : "市") + "组织",
                    draft.level().label().en() + " rounds are organised by a " + expected.name().toLowerCase()));
        }
        support.check(user, Permissions.REVIEW, organiser.id());
        String code = draft.standardCode() == null || draft.standardCode().isBlank()
                ? StandardService.defaultCode(draft.level()) : draft.standardCode().strip();
        long standardId = standards.newestId(code);
        Standard standard = standards.version(standardId);
        if (standard.level() != draft.level()) {
            throw ValidationException.of("standardCode", Text.of("该标准适用于" + standard.level().label().zh(),
                    "the standard is for " + standard.level().label().en()));
        }
        int cycle = draft.cycleMonths() != null ? draft.cycleMonths()
                : draft.level() == Level.VILLAGE ? support.config().villageCycleMonths() : support.config().townCycleMonths();
        RoundEntity saved = support.tx(em -> {
            long existing = em.createQuery("select count(r) from RoundEntity r where r.orgNodeId = :n and r.year = :y and r.level = :l", Long.class)
                    .setParameter("n", organiser.id()).setParameter("y", draft.year()).setParameter("l", draft.level().name())
                    .getSingleResult();
            if (existing > 0) {
                throw new ConflictException(Text.of(organiser.name() + " " + draft.year() + " 年度" + draft.level().label().zh() + "创建轮次已存在",
                        "The " + draft.year() + " round of " + organiser.nameEn() + " exists already"));
            }
            RoundEntity r = new RoundEntity();
            r.setOrgNodeId(organiser.id());
            r.setYear(draft.year());
            r.setLevel(draft.level().name());
            r.setName(draft.year() + "年" + organiser.name() + draft.level().label().zh() + "创建");
            r.setStandardId(standardId);
            r.setCycleMonths(cycle);
            r.setApplyUntil(draft.applyUntil());
            r.setCreatedBy(user.username());
            r.setCreatedAt(LocalDateTime.now());
            em.persist(r);
            em.flush();
            support.audit(user, AuditAction.CREATE, "round", r.getId(), organiser.id(), r.getName());
            return r;
        });
        return info(user, saved);
    }

    RoundEntity find(long id) {
        RoundEntity r = support.tx(em -> em.find(RoundEntity.class, id));
        if (r == null) {
            throw NotFoundException.of(Text.of("创建轮次", "Round"), String.valueOf(id));
        }
        return r;
    }

    void requireVisible(UserContext user, RoundEntity r) {
        support.check(user, Permissions.READ);
        if (!organisersVisibleTo(user).contains(r.getOrgNodeId())) {
            throw NotFoundException.of(Text.of("创建轮次", "Round"), String.valueOf(r.getId()));
        }
    }

    /**
     * Organising nodes whose rounds the user sees: those in his area, plus the towns and cities above it (a village
     * sees the round it applies to).
     */
    Set<Long> organisersVisibleTo(UserContext user) {
        Set<Long> nodes = new HashSet<>(support.visible(user, Permissions.READ));
        for (long scope : user.scopeNodeIds()) {
            if (support.permitted(user, Permissions.READ, scope)) {
                support.org().path(scope).forEach(n -> nodes.add(n.id()));
            }
        }
        return nodes;
    }

    private RoundInfo info(UserContext user, RoundEntity r) {
        OrgNode n = support.node(r.getOrgNodeId());
        Standard s = standards.version(r.getStandardId());
        Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);
        Set<Long> readable = support.visible(user, Permissions.APPLICATION_READ);
        if (!readable.isEmpty()) {
            support.tx(em -> em.createQuery("select a.state, count(a) from ApplicationEntity a where a.roundId = :r "
                            + "and a.orgNodeId in :nodes group by a.state", Object[].class)
                    .setParameter("r", r.getId()).setParameter("nodes", readable).getResultList())
                    .forEach(row -> counts.put(ApplicationState.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        }
        return new RoundInfo(r.getId(), r.getYear(), Level.valueOf(r.getLevel()), n.id(), n.code(), n.name(user.locale()),
                r.getName(), r.getStandardId(), s.code(), s.version(), r.getCycleMonths(), r.getApplyUntil(), counts);
    }
}
