package org.jindu.portal.core.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.junit.jupiter.api.Test;

/** PF-1 scoping rules: a scope node grants its subtree, nothing above or beside it. */
class OrgTreeTest {
    static final OrgNode CITY = new OrgNode(1, null, "C", "市", null, OrgLevel.CITY);
    static final OrgNode TOWN = new OrgNode(2, 1L, "T", "镇", null, OrgLevel.TOWN);
    static final OrgNode TOWN2 = new OrgNode(3, 1L, "T2", "镇2", null, OrgLevel.TOWN);
    static final OrgNode VILLAGE_A = new OrgNode(4, 2L, "A", "A村", null, OrgLevel.VILLAGE);
    static final OrgNode VILLAGE_B = new OrgNode(5, 2L, "B", "B村", null, OrgLevel.VILLAGE);
    static final OrgNode GRID_A1 = new OrgNode(6, 4L, "A1", "A村网格1", null, OrgLevel.GRID);
    static final OrgNode GRID_B1 = new OrgNode(7, 5L, "B1", "B村网格1", null, OrgLevel.GRID);
    static final OrgNode VILLAGE_C = new OrgNode(8, 3L, "C1", "C村", null, OrgLevel.VILLAGE);

    static OrgTree tree() {
        return new OrgTree(List.of(CITY, TOWN, TOWN2, VILLAGE_A, VILLAGE_B, GRID_A1, GRID_B1, VILLAGE_C));
    }

    @Test
    void villageScopeSeesItsGridsButNotTheNeighbourOrTheTown() {
        OrgTree t = tree();
        Set<Long> scope = Set.of(VILLAGE_A.id());
        assertThat(t.visibleFrom(scope)).containsExactlyInAnyOrder(4L, 6L);
        assertThat(t.isVisibleFrom(GRID_A1.id(), scope)).isTrue();
        assertThat(t.isVisibleFrom(VILLAGE_B.id(), scope)).isFalse();
        assertThat(t.isVisibleFrom(GRID_B1.id(), scope)).isFalse();
        assertThat(t.isVisibleFrom(TOWN.id(), scope)).as("a scope never grants the parent").isFalse();
    }

    @Test
    void townScopeSeesAllItsVillagesButNotAnotherTown() {
        OrgTree t = tree();
        assertThat(t.visibleFrom(Set.of(TOWN.id()))).containsExactlyInAnyOrder(2L, 4L, 5L, 6L, 7L);
        assertThat(t.isVisibleFrom(VILLAGE_C.id(), Set.of(TOWN.id()))).isFalse();
    }

    @Test
    void severalScopesAreUnited() {
        OrgTree t = tree();
        assertThat(t.visibleFrom(Set.of(VILLAGE_A.id(), VILLAGE_C.id()))).containsExactlyInAnyOrder(4L, 6L, 8L);
        assertThat(t.visibleFrom(Set.of(CITY.id()))).hasSize(8);
    }

    @Test
    void unknownNodesAreVisibleToNobody() {
        OrgTree t = tree();
        assertThat(t.isVisibleFrom(999L, Set.of(CITY.id()))).isFalse();
        assertThat(t.visibleFrom(Set.of(999L))).isEmpty();
    }

    @Test
    void pathAncestorAndLevels() {
        OrgTree t = tree();
        assertThat(t.path(GRID_A1.id())).extracting(OrgNode::code).containsExactly("C", "T", "A", "A1");
        assertThat(t.ancestorAtLevel(GRID_A1.id(), OrgLevel.TOWN)).contains(TOWN);
        assertThat(t.atLevel(OrgLevel.VILLAGE)).extracting(OrgNode::code).containsExactly("A", "B", "C1");
        assertThat(t.isInSubtree(GRID_B1.id(), TOWN.id())).isTrue();
        assertThat(t.isInSubtree(TOWN.id(), GRID_B1.id())).isFalse();
    }

    @Test
    void refusesTwoRootsAndOrphans() {
        assertThatThrownBy(() -> new OrgTree(List.of(CITY, new OrgNode(9, null, "X", "X", null, OrgLevel.CITY))))
                .hasMessageContaining("two roots");
        assertThatThrownBy(() -> new OrgTree(List.of(CITY, new OrgNode(9, 77L, "X", "X", null, OrgLevel.TOWN))))
                .hasMessageContaining("missing");
    }
}
