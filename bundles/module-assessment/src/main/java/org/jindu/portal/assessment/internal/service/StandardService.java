package org.jindu.portal.assessment.internal.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.assessment.internal.domain.DefaultStandards;
import org.jindu.portal.assessment.internal.domain.Level;
import org.jindu.portal.assessment.internal.domain.Standard;
import org.jindu.portal.assessment.internal.model.StandardInfo;
import org.jindu.portal.assessment.internal.persistence.StandardEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Standards as versioned data (CA-1). A version is never changed: saving an edited or imported standard adds the next
 * version of its code, and rounds and applications keep the id of the version they use. The shipped placeholders are
 * stored as version 1 the first time the module starts.
 */
@Component(service = StandardService.class)
public class StandardService {
    /** Upper bound of the stored JSON (the column is VARCHAR(32000)). */
    static final int MAX_JSON = 32000;

    private final Support support;
    /** Versions are immutable, so they can be cached by id for scoring and views. */
    private final Map<Long, Standard> byId = new ConcurrentHashMap<>();

    @Activate
    public StandardService(@Reference Support support) {
        this.support = support;
        seedDefaults();
    }

    private void seedDefaults() {
        support.run(em -> {
            for (Standard s : DefaultStandards.all()) {
                long n = em.createQuery("select count(s) from StandardEntity s where s.code = :c", Long.class)
                        .setParameter("c", s.code()).getSingleResult();
                if (n == 0) {
                    em.persist(entity(s, "系统预置 (占位，待替换为正式附件文本) / shipped placeholder", "system"));
                }
            }
        });
    }

    /** The newest version of each standard, or every version with {@code all}. */
    public List<StandardInfo> list(UserContext user, boolean all) {
        support.check(user, Permissions.READ);
        return support.tx(em -> {
            List<StandardEntity> rows = em.createQuery("select s from StandardEntity s order by s.code, s.versionNo desc",
                    StandardEntity.class).getResultList();
            List<StandardInfo> out = new ArrayList<>();
            String lastCode = null;
            for (StandardEntity s : rows) {
                boolean current = !s.getCode().equals(lastCode);
                if (current || all) {
                    out.add(info(s, current));
                }
                lastCode = s.getCode();
            }
            return out;
        });
    }

    public StandardInfo get(UserContext user, long id) {
        support.check(user, Permissions.READ);
        return support.tx(em -> {
            StandardEntity s = em.find(StandardEntity.class, id);
            if (s == null) {
                throw NotFoundException.of(Text.of("创建标准", "Standard"), String.valueOf(id));
            }
            return info(s, newestId(s.getCode()) == id);
        });
    }

    /** A version by id, without checks (callers have checked access to the round or application using it). */
    public Standard version(long id) {
        return byId.computeIfAbsent(id, k -> support.tx(em -> {
            StandardEntity s = em.find(StandardEntity.class, k);
            if (s == null) {
                throw NotFoundException.of(Text.of("创建标准", "Standard"), String.valueOf(k));
            }
            return read(s);
        }));
    }

    /** Id of the newest version of a code. */
    public long newestId(String code) {
        return support.tx(em -> em.createQuery(
                        "select s.id from StandardEntity s where s.code = :c order by s.versionNo desc", Long.class)
                .setParameter("c", code).setMaxResults(1).getResultList().stream().findFirst()
                .orElseThrow(() -> ValidationException.of("standardCode",
                        Text.of("没有编码为 " + code + " 的创建标准", "no standard has the code " + code))));
    }

    /** The shipped standard code of a level. */
    public static String defaultCode(Level level) {
        return level == Level.TOWN ? DefaultStandards.TOWN : DefaultStandards.VILLAGE;
    }

    /**
     * Saves an edited or imported standard as the next version of its code (version 1 for a new code). The version
     * number in the input is ignored.
     */
    public StandardInfo save(UserContext user, Standard edited, String changeNote) {
        support.check(user, Permissions.STANDARD_EDIT);
        if (edited == null) {
            throw ValidationException.of("standard", Text.of("请提供创建标准", "the standard is required"));
        }
        edited.validate();
        if (changeNote != null && changeNote.length() > 500) {
            throw ValidationException.of("changeNote", Text.of("修改说明不能超过 500 字", "the change note must be at most 500 characters"));
        }
        StandardEntity saved = support.tx(em -> {
            Integer last = em.createQuery("select max(s.versionNo) from StandardEntity s where s.code = :c", Integer.class)
                    .setParameter("c", edited.code()).getSingleResult();
            if (last != null) {
                String level = em.createQuery("select s.level from StandardEntity s where s.code = :c and s.versionNo = :v", String.class)
                        .setParameter("c", edited.code()).setParameter("v", last).getSingleResult();
                if (!level.equals(edited.level().name())) {
                    throw ValidationException.of("level", Text.of("同一标准的层级不能改变", "a standard's level cannot change"));
                }
            }
            Standard next = new Standard(edited.code(), last == null ? 1 : last + 1, edited.level(), edited.name().strip(),
                    edited.nameEn(), edited.passMark(), edited.placeholder(), edited.sections());
            StandardEntity e = entity(next, blankToNull(changeNote), user.username());
            if (e.getContent().length() > MAX_JSON) {
                throw ValidationException.of("sections", Text.of("标准内容过长 (超过 " + MAX_JSON + " 字符)",
                        "the standard is too long (over " + MAX_JSON + " characters)"));
            }
            em.persist(e);
            em.flush();
            support.audit(user, AuditAction.CREATE, "standard", e.getId(), null,
                    e.getCode() + " v" + e.getVersionNo() + (changeNote == null ? "" : ": " + changeNote));
            return e;
        });
        return info(saved, true);
    }

    /** A version as the JSON file the REST export gives (and the import takes). */
    public String exportJson(UserContext user, long id) {
        return JsonCodec.write(get(user, id).standard());
    }

    /** Imports a standard from its JSON file as the next version of its code. */
    public StandardInfo importJson(UserContext user, String json, String changeNote) {
        support.check(user, Permissions.STANDARD_EDIT);
        Standard parsed;
        try {
            parsed = JsonCodec.read(json, Standard.class);
        } catch (RuntimeException e) {
            throw ValidationException.of("file", Text.of("不是有效的创建标准 JSON 文件", "not a valid standard JSON file"));
        }
        return save(user, parsed, changeNote);
    }

    private static StandardEntity entity(Standard s, String note, String by) {
        StandardEntity e = new StandardEntity();
        e.setCode(s.code());
        e.setVersionNo(s.version());
        e.setLevel(s.level().name());
        e.setName(s.name());
        e.setPassMark(s.passMark());
        e.setPlaceholder(s.placeholder());
        e.setContent(JsonCodec.write(s));
        e.setChangeNote(note);
        e.setCreatedBy(by);
        e.setCreatedAt(LocalDateTime.now());
        return e;
    }

    private static Standard read(StandardEntity e) {
        Standard s = JsonCodec.read(e.getContent(), Standard.class);
        // the row is authoritative for the version (the JSON of an import may carry any number)
        return new Standard(e.getCode(), e.getVersionNo(), s.level(), s.name(), s.nameEn(), s.passMark(), s.placeholder(), s.sections());
    }

    private StandardInfo info(StandardEntity e, boolean current) {
        Standard s = byId.computeIfAbsent(e.getId(), k -> read(e));
        return new StandardInfo(e.getId(), current, e.getChangeNote(), e.getCreatedBy(), e.getCreatedAt(), s);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
