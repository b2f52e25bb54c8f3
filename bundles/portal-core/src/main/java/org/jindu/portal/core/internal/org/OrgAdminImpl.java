package org.jindu.portal.core.internal.org;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.core.internal.audit.AuditLogImpl;
import org.jindu.portal.core.internal.persistence.OrgNodeEntity;
import org.jindu.portal.core.internal.persistence.UnitEntity;
import org.jindu.portal.platform.admin.OrgAdmin;
import org.jindu.portal.platform.admin.OrgNodeDraft;
import org.jindu.portal.platform.admin.UnitDraft;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Validated, audited changes of the org tree and the units. */
@Component(service = {OrgAdmin.class, OrgAdminImpl.class})
public class OrgAdminImpl implements OrgAdmin {
    private static final Pattern NODE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-]{0,63}");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final Text NODE = Text.of("组织节点", "Org node");
    private static final Text UNIT = Text.of("成员单位", "Member unit");

    private final OrgStore store;
    private final AccessPolicy access;
    private final AuditLogImpl audit;

    @Activate
    public OrgAdminImpl(@Reference OrgStore store, @Reference AccessPolicy access, @Reference AuditLogImpl audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    public OrgStore store() {
        return store;
    }

    @Override
    public OrgNode createNode(UserContext actor, OrgNodeDraft d) {
        access.check(actor, PlatformPermissions.ADMIN_ORG);
        return createNode(d, node -> audit.recordInTx(actor, PlatformPermissions.MODULE_ID, AuditAction.CREATE, "org-node",
                String.valueOf(node.id()), node.id(), node.code() + " " + node.name()));
    }

    /** Creates a node without a permission check: for the demo data and the first-start setup. */
    public OrgNode createNodeUnchecked(OrgNodeDraft d) {
        return createNode(d, node -> { });
    }

    private OrgNode createNode(OrgNodeDraft d, Consumer<OrgNode> inTx) {
        validateNode(d, null);
        return store.change(em -> {
            OrgNodeEntity e = new OrgNodeEntity();
            copy(d, e);
            em.persist(e);
            em.flush();
            OrgNode node = e.toValue();
            inTx.accept(node);
            return node;
        });
    }

    @Override
    public OrgNode updateNode(UserContext actor, long id, OrgNodeDraft d) {
        access.check(actor, PlatformPermissions.ADMIN_ORG);
        OrgNode old = store.node(id).orElseThrow(() -> NotFoundException.of(NODE, id));
        OrgNodeDraft fixed = new OrgNodeDraft(old.parentId(), d.code(), d.name(), d.nameEn(), old.level(), d.sortOrder());
        validateNode(fixed, id);
        OrgNode node = store.change(em -> {
            OrgNodeEntity e = em.find(OrgNodeEntity.class, id);
            copy(fixed, e);
            OrgNode changed = e.toValue();
            audit.recordInTx(actor, PlatformPermissions.MODULE_ID, AuditAction.UPDATE, "org-node", String.valueOf(id), id,
                    old.code() + " " + old.name() + " -> " + changed.code() + " " + changed.name());
            return changed;
        });
        return node;
    }

    private void validateNode(OrgNodeDraft d, Long id) {
        Validator v = new Validator()
                .required("code", d.code(), Text.of("编码", "Code"))
                .pattern("code", d.code(), NODE_CODE, Text.of("编码只能包含字母、数字和 -", "code may contain letters, digits and '-' only"))
                .required("name", d.name(), Text.of("名称", "Name"))
                .maxLength("name", d.name(), 200)
                .maxLength("nameEn", d.nameEn(), 200)
                .required("level", d.level(), Text.of("层级", "Level"));
        if (d.parentId() == null) {
            v.check(id != null || store.root() == null, "parentId",
                    Text.of("已有根节点，请选择上级节点", "A root exists already: choose a parent"));
        } else {
            OrgNode parent = store.node(d.parentId()).orElse(null);
            v.check(parent != null, "parentId", Text.of("上级节点不存在", "The parent does not exist"));
            if (parent != null && d.level() != null) {
                OrgLevel expected = parent.level().child();
                v.check(d.level() == expected, "level", Text.of("层级应为" + (expected == null ? "-" : expected.label().zh()),
                        "level must be " + (expected == null ? "-" : expected.label().en())));
            }
        }
        v.throwIfInvalid();
        store.nodeByCode(d.code()).filter(n -> id == null || n.id() != id).ifPresent(n -> {
            throw new ConflictException(Text.of("编码 " + d.code() + " 已被使用", "Code " + d.code() + " is taken"));
        });
    }

    private static void copy(OrgNodeDraft d, OrgNodeEntity e) {
        e.setParentId(d.parentId());
        e.setCode(d.code().strip());
        e.setName(d.name().strip());
        e.setNameEn(d.nameEn() == null ? null : d.nameEn().strip());
        e.setLevel(d.level());
        e.setSortOrder(d.sortOrder());
    }

    @Override
    public MemberUnit createUnit(UserContext actor, UnitDraft d) {
        access.check(actor, PlatformPermissions.ADMIN_ORG);
        return createUnit(d, unit -> audit.recordInTx(actor, PlatformPermissions.MODULE_ID, AuditAction.CREATE, "unit",
                unit.code(), unit.orgNodeId(), unit.name()));
    }

    /** Creates a unit without a permission check: for the demo data. */
    public MemberUnit createUnitUnchecked(UnitDraft d) {
        return createUnit(d, unit -> { });
    }

    private MemberUnit createUnit(UnitDraft d, Consumer<MemberUnit> inTx) {
        validateUnit(d);
        if (store.unit(d.code()).isPresent()) {
            throw new ConflictException(Text.of("单位编码 " + d.code() + " 已被使用", "Unit code " + d.code() + " is taken"));
        }
        return store.change(em -> {
            UnitEntity e = new UnitEntity();
            e.setCode(d.code());
            e.setName(d.name().strip());
            e.setNameEn(d.nameEn());
            e.setOrgNodeId(d.orgNodeId());
            e.setKind(d.kind());
            em.persist(e);
            em.flush();
            MemberUnit unit = e.toValue();
            inTx.accept(unit);
            return unit;
        });
    }

    @Override
    public MemberUnit updateUnit(UserContext actor, String code, UnitDraft d) {
        access.check(actor, PlatformPermissions.ADMIN_ORG);
        MemberUnit old = store.unit(code).orElseThrow(() -> NotFoundException.of(UNIT, code));
        UnitDraft fixed = new UnitDraft(old.code(), d.name(), d.nameEn(), d.orgNodeId(), d.kind() == null ? old.kind() : d.kind());
        validateUnit(fixed);
        MemberUnit unit = store.change(em -> {
            UnitEntity e = em.find(UnitEntity.class, old.id());
            e.setName(fixed.name().strip());
            e.setNameEn(fixed.nameEn());
            e.setOrgNodeId(fixed.orgNodeId());
            e.setKind(fixed.kind());
            MemberUnit changed = e.toValue();
            // the kind decides need-to-know permissions (who may unmask): the entry names it when it changes
            audit.recordInTx(actor, PlatformPermissions.MODULE_ID, AuditAction.UPDATE, "unit", code, changed.orgNodeId(),
                    old.name() + " -> " + changed.name() + (old.kind() == changed.kind() ? "" : "; kind " + old.kind() + " -> " + changed.kind()));
            return changed;
        });
        return unit;
    }

    private void validateUnit(UnitDraft d) {
        new Validator()
                .required("code", d.code(), Text.of("单位编码", "Code"))
                .pattern("code", d.code(), UNIT_CODE, Text.of("单位编码只能包含大写字母、数字和 _", "code may contain upper-case letters, digits and '_' only"))
                .required("name", d.name(), Text.of("单位名称", "Name"))
                .maxLength("name", d.name(), 200)
                .check(store.node(d.orgNodeId()).isPresent(), "orgNodeId", Text.of("所属节点不存在", "The org node does not exist"))
                .throwIfInvalid();
    }
}
