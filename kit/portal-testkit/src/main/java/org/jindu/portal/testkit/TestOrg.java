package org.jindu.portal.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;

/** An org tree in memory; {@link #demoTown} builds the demo city with the town 港湾镇 and the neighbour 新塘镇. */
public final class TestOrg implements OrgDirectory {
    /** The villages of the demo town as {@code code:name}. */
    public static final List<String> DEMO_VILLAGES = List.of("DC:东村村", "XC:西村村", "NS:南沙社区", "BS:北山社区", "SG:沙港村",
            "SJ:石井村", "XM:新民社区", "HP:和平村", "YX:永兴村", "FT:福田社区");

    private final Map<Long, OrgNode> nodes = new LinkedHashMap<>();
    private long next = 100;

    /**
     * 海港市 (HG) → 港湾镇 (HG-GW) with the given villages ({@code HG-GW-<code>}, each with one grid
     * {@code HG-GW-<code>-G1}), and 新塘镇 (HG-XT) with 河山村 (HG-XT-HS).
     */
    public static TestOrg demoTown(List<String> villages) {
        TestOrg org = new TestOrg();
        OrgNode city = org.add(null, "HG", "海港市", OrgLevel.CITY);
        OrgNode town = org.add(city, "HG-GW", "港湾镇", OrgLevel.TOWN);
        for (String v : villages) {
            OrgNode village = org.add(town, "HG-GW-" + v.split(":")[0], v.split(":")[1], OrgLevel.VILLAGE);
            org.add(village, village.code() + "-G1", v.split(":")[1] + "第一网格", OrgLevel.GRID);
        }
        OrgNode other = org.add(city, "HG-XT", "新塘镇", OrgLevel.TOWN);
        OrgNode hs = org.add(other, "HG-XT-HS", "河山村", OrgLevel.VILLAGE);
        org.add(hs, "HG-XT-HS-G1", "河山村第一网格", OrgLevel.GRID);
        return org;
    }

    public OrgNode add(OrgNode parent, String code, String name, OrgLevel level) {
        OrgNode n = new OrgNode(next++, parent == null ? null : parent.id(), code, name, code, level);
        nodes.put(n.id(), n);
        return n;
    }

    /** The node of a code that must exist. */
    public OrgNode get(String code) {
        return nodeByCode(code).orElseThrow(() -> new IllegalArgumentException("no node " + code));
    }

    @Override
    public OrgNode root() {
        return nodes.values().iterator().next();
    }

    @Override
    public Optional<OrgNode> node(long id) {
        return Optional.ofNullable(nodes.get(id));
    }

    @Override
    public Optional<OrgNode> nodeByCode(String code) {
        return nodes.values().stream().filter(n -> n.code().equals(code)).findFirst();
    }

    @Override
    public List<OrgNode> children(long id) {
        return nodes.values().stream().filter(n -> n.parentId() != null && n.parentId() == id).toList();
    }

    @Override
    public List<OrgNode> subtree(long id) {
        List<OrgNode> out = new ArrayList<>();
        out.add(nodes.get(id));
        children(id).forEach(c -> out.addAll(subtree(c.id())));
        return out;
    }

    @Override
    public Set<Long> subtreeIds(long id) {
        return subtree(id).stream().map(OrgNode::id).collect(Collectors.toSet());
    }

    @Override
    public List<OrgNode> path(long id) {
        List<OrgNode> out = new ArrayList<>();
        for (OrgNode n = nodes.get(id); n != null; n = n.parentId() == null ? null : nodes.get(n.parentId())) {
            out.add(0, n);
        }
        return out;
    }

    @Override
    public boolean isInSubtree(long nodeId, long ancestorId) {
        return path(nodeId).stream().anyMatch(n -> n.id() == ancestorId);
    }

    @Override
    public List<OrgNode> nodesAtLevel(OrgLevel level) {
        return nodes.values().stream().filter(n -> n.level() == level).toList();
    }

    @Override
    public Optional<OrgNode> ancestorAtLevel(long nodeId, OrgLevel level) {
        return path(nodeId).stream().filter(n -> n.level() == level).findFirst();
    }

    @Override
    public List<MemberUnit> units() {
        return List.of();
    }

    @Override
    public Optional<MemberUnit> unit(String code) {
        return Optional.empty();
    }
}
