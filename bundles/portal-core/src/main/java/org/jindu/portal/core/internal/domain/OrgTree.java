package org.jindu.portal.core.internal.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;

/**
 * An immutable snapshot of the organisation tree with the lookups scoping needs. A scope node grants its whole
 * subtree; the visible set of a user is the union of his scope subtrees.
 */
public final class OrgTree {
    private final Map<Long, OrgNode> byId;
    private final Map<String, OrgNode> byCode;
    private final Map<Long, List<OrgNode>> children;
    private final OrgNode root;

    /**
     * @param nodes all nodes; children lists keep the order given here (sort them before)
     * @throws IllegalArgumentException when there is not exactly one root or a parent is missing
     */
    public OrgTree(Collection<OrgNode> nodes) {
        this.byId = new LinkedHashMap<>();
        this.byCode = new HashMap<>();
        this.children = new HashMap<>();
        OrgNode foundRoot = null;
        for (OrgNode n : nodes) {
            byId.put(n.id(), n);
            byCode.put(n.code(), n);
        }
        for (OrgNode n : nodes) {
            if (n.parentId() == null) {
                if (foundRoot != null) {
                    throw new IllegalArgumentException("two roots: " + foundRoot.code() + ", " + n.code());
                }
                foundRoot = n;
            } else {
                if (!byId.containsKey(n.parentId())) {
                    throw new IllegalArgumentException("parent " + n.parentId() + " of " + n.code() + " missing");
                }
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        this.root = foundRoot;
    }

    public static OrgTree empty() {
        return new OrgTree(List.of());
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public OrgNode root() {
        return root;
    }

    public Optional<OrgNode> node(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<OrgNode> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<OrgNode> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public List<OrgNode> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    /** The node and its descendants, depth first; empty when the node does not exist. */
    public List<OrgNode> subtree(long id) {
        List<OrgNode> result = new ArrayList<>();
        OrgNode start = byId.get(id);
        if (start != null) {
            collect(start, result);
        }
        return result;
    }

    private void collect(OrgNode node, List<OrgNode> into) {
        into.add(node);
        for (OrgNode child : children(node.id())) {
            collect(child, into);
        }
    }

    public Set<Long> subtreeIds(long id) {
        Set<Long> ids = new HashSet<>();
        for (OrgNode n : subtree(id)) {
            ids.add(n.id());
        }
        return ids;
    }

    /** Union of the subtrees of the given scope nodes: what a user with these scopes may see. */
    public Set<Long> visibleFrom(Collection<Long> scopeNodeIds) {
        Set<Long> ids = new HashSet<>();
        for (Long scope : scopeNodeIds) {
            if (!ids.contains(scope)) {
                ids.addAll(subtreeIds(scope));
            }
        }
        return ids;
    }

    /** Root first, the node last; empty when the node does not exist. */
    public List<OrgNode> path(long id) {
        List<OrgNode> path = new ArrayList<>();
        OrgNode n = byId.get(id);
        int guard = 0;
        while (n != null && guard++ < 64) {
            path.add(0, n);
            n = n.parentId() == null ? null : byId.get(n.parentId());
        }
        return path;
    }

    public boolean isInSubtree(long nodeId, long ancestorId) {
        for (OrgNode n : path(nodeId)) {
            if (n.id() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    /** Whether the node lies in the subtree of any of the scope nodes. */
    public boolean isVisibleFrom(long nodeId, Collection<Long> scopeNodeIds) {
        for (OrgNode n : path(nodeId)) {
            if (scopeNodeIds.contains(n.id())) {
                return true;
            }
        }
        return false;
    }

    public Optional<OrgNode> ancestorAtLevel(long nodeId, OrgLevel level) {
        return path(nodeId).stream().filter(n -> n.level() == level).findFirst();
    }

    public List<OrgNode> atLevel(OrgLevel level) {
        List<OrgNode> result = new ArrayList<>();
        if (root != null) {
            for (OrgNode n : subtree(root.id())) {
                if (n.level() == level) {
                    result.add(n);
                }
            }
        }
        return result;
    }

    /** Orders nodes for display: by sort order then code. */
    public static Comparator<OrgNode> displayOrder(Map<Long, Integer> sortOrder) {
        return Comparator.<OrgNode>comparingInt(n -> sortOrder.getOrDefault(n.id(), 0)).thenComparing(OrgNode::code);
    }
}
