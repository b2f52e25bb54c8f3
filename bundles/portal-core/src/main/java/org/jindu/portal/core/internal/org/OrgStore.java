package org.jindu.portal.core.internal.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.jindu.portal.api.cache.DataVersions;
import org.jindu.portal.api.module.PortalEvents;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.core.internal.Events;
import org.jindu.portal.core.internal.domain.OrgTree;
import org.jindu.portal.core.internal.persistence.OrgNodeEntity;
import org.jindu.portal.core.internal.persistence.UnitEntity;
import org.jindu.portal.support.Jpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

/**
 * The org tree and the member units: kept in memory as an immutable snapshot, replaced after every change. Writes
 * here carry no permission checks; {@link OrgAdminImpl}, the demo loader and the first-start setup call them.
 */
@Component(service = {OrgStore.class, OrgDirectory.class})
public class OrgStore implements OrgDirectory {
    private final EntityManagerFactory emf;
    private final DataVersions versions;
    private volatile OrgTree tree = OrgTree.empty();
    private volatile Map<String, MemberUnit> units = Map.of();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Activate
    public OrgStore(@Reference(target = "(osgi.unit.name=portal.core)") EntityManagerFactory emf,
                    @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady schema,
                    @Reference DataVersions versions) {
        this.emf = emf;
        this.versions = versions;
        reload();
    }

    /** Re-reads nodes and units from the database. */
    public void reload() {
        Jpa.run(emf, em -> {
            List<OrgNodeEntity> nodes = em.createQuery(
                    "select n from OrgNodeEntity n order by n.sortOrder, n.code", OrgNodeEntity.class).getResultList();
            List<OrgNode> values = new ArrayList<>();
            for (OrgNodeEntity n : nodes) {
                values.add(n.toValue());
            }
            tree = new OrgTree(values);
            units = em.createQuery("select u from UnitEntity u order by u.code", UnitEntity.class).getResultList()
                    .stream().map(UnitEntity::toValue)
                    .collect(Collectors.toMap(MemberUnit::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        });
    }

    public OrgTree tree() {
        return tree;
    }

    /**
     * Runs a change in a transaction (moving the org area's data version on in it, for what modules keep computed from
     * the tree), then refreshes the snapshot and announces the change.
     */
    public <T> T change(Function<EntityManager, T> work) {
        T result = Jpa.tx(emf, em -> {
            T r = work.apply(em);
            bump(em);
            return r;
        });
        reload();
        // answers computed from the old snapshot between the commit and the reload were kept under the new version:
        // move it once more
        Jpa.run(emf, this::bump);
        Events.post(eventAdmin, PortalEvents.ORG_CHANGED, Map.of());
        return result;
    }

    private void bump(EntityManager em) {
        // the rows first, the version row last: every transaction takes the version row's lock last (no lock cycle)
        em.flush();
        Jpa.onConnection(emf, c -> {
            versions.changed(c, DataVersions.ORG);
            return null;
        });
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    @Override
    public OrgNode root() {
        return tree.root();
    }

    @Override
    public Optional<OrgNode> node(long id) {
        return tree.node(id);
    }

    @Override
    public Optional<OrgNode> nodeByCode(String code) {
        return tree.byCode(code);
    }

    @Override
    public List<OrgNode> children(long id) {
        return tree.children(id);
    }

    @Override
    public List<OrgNode> subtree(long id) {
        return tree.subtree(id);
    }

    @Override
    public Set<Long> subtreeIds(long id) {
        return tree.subtreeIds(id);
    }

    @Override
    public List<OrgNode> path(long id) {
        return tree.path(id);
    }

    @Override
    public boolean isInSubtree(long nodeId, long ancestorId) {
        return tree.isInSubtree(nodeId, ancestorId);
    }

    @Override
    public List<OrgNode> nodesAtLevel(OrgLevel level) {
        return tree.atLevel(level);
    }

    @Override
    public Optional<OrgNode> ancestorAtLevel(long nodeId, OrgLevel level) {
        return tree.ancestorAtLevel(nodeId, level);
    }

    @Override
    public List<MemberUnit> units() {
        return List.copyOf(units.values());
    }

    @Override
    public Optional<MemberUnit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }
}
