package org.jindu.portal.api.org;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Read access to the organisation tree and the member units. Answers come from memory (the tree is small and
 * changes rarely), so modules may call it freely, also inside loops.
 */
@ProviderType
public interface OrgDirectory {

    /** The root (normally the city). */
    OrgNode root();

    Optional<OrgNode> node(long id);

    Optional<OrgNode> nodeByCode(String code);

    /** Direct children ordered by their sort order. */
    List<OrgNode> children(long id);

    /** The node and all its descendants, depth first. */
    List<OrgNode> subtree(long id);

    /** Ids of the node and all its descendants. */
    Set<Long> subtreeIds(long id);

    /** Path from the root down to the node, both included. */
    List<OrgNode> path(long id);

    /** Whether {@code nodeId} lies in the subtree of {@code ancestorId} (a node lies in its own subtree). */
    boolean isInSubtree(long nodeId, long ancestorId);

    /** All nodes of a level, e.g. every village of the tree. */
    List<OrgNode> nodesAtLevel(OrgLevel level);

    /** The nearest node of the given level on the path to the root (the node itself if it has that level). */
    Optional<OrgNode> ancestorAtLevel(long nodeId, OrgLevel level);

    List<MemberUnit> units();

    Optional<MemberUnit> unit(String code);
}
