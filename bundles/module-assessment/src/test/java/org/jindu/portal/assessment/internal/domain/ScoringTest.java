package org.jindu.portal.assessment.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jindu.portal.api.ValidationException;
import org.jindu.portal.assessment.internal.domain.Scoring.ItemScore;
import org.jindu.portal.assessment.internal.domain.Scoring.Sheet;
import org.junit.jupiter.api.Test;

/** CA-5: scoring against the rubric, the pass mark and the veto items (一票否决). */
class ScoringTest {
    final Standard village = DefaultStandards.village();

    Map<String, ItemScore> sheet(double fraction, String vetoViolated) {
        Map<String, ItemScore> m = new HashMap<>();
        for (Standard.Item i : village.items()) {
            boolean v = i.code().equals(vetoViolated);
            m.put(i.code(), new ItemScore(i.veto() ? 0 : i.maxScore() * fraction, v, v ? "发现新增吸毒人员" : null));
        }
        return m;
    }

    @Test
    void theDefaultVillageStandardHasSixScoredAndFiveVetoItems() {
        village.validate();
        assertThat(village.items().stream().filter(i -> !i.veto())).hasSize(6);
        assertThat(village.items().stream().filter(Standard.Item::veto)).hasSize(5);
        assertThat(village.maxTotal()).isEqualTo(100);
        assertThat(village.passMark()).isEqualTo(80);
        assertThat(village.placeholder()).isTrue();
        DefaultStandards.town().validate();
    }

    @Test
    void averagesTheAssessorsAndPassesAtThePassMark() {
        Scoring.Result r = Scoring.compute(village, List.of(new Sheet(1, sheet(0.9, null)), new Sheet(2, sheet(0.7, null))));
        assertThat(r.total()).isEqualTo(80.0);
        assertThat(r.itemAverages().get("Y3")).isEqualTo(16.0);
        assertThat(r.vetoViolations()).isEmpty();
        assertThat(r.passed()).isTrue();
        assertThat(Scoring.compute(village, List.of(new Sheet(1, sheet(0.79, null)))).passed()).isFalse();
    }

    @Test
    void aVetoItemFailsWhateverTheScore() {
        Scoring.Result r = Scoring.compute(village, List.of(new Sheet(1, sheet(1.0, null)), new Sheet(2, sheet(1.0, "W1"))));
        assertThat(r.total()).isEqualTo(100.0);
        assertThat(r.vetoViolations()).containsExactly("W1");
        assertThat(r.passed()).isFalse();
    }

    @Test
    void aSheetMustScoreEveryItemWithinItsRange() {
        Map<String, ItemScore> s = sheet(1.0, null);
        s.put("Y1", new ItemScore(16, false, null));
        s.remove("W2");
        s.put("X9", new ItemScore(1, false, null));
        assertThatThrownBy(() -> Scoring.validate(village, s)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactlyInAnyOrder("items.Y1", "items.W2", "items.X9"));
        Map<String, ItemScore> veto = sheet(1.0, null);
        veto.put("W3", new ItemScore(0, true, " "));
        assertThatThrownBy(() -> Scoring.validate(village, veto)).hasMessageContaining("items.W3");
        Scoring.validate(village, sheet(1.0, "W1"));
    }

    @Test
    void anEditedStandardIsValidatedBeforeItBecomesAVersion() {
        Standard broken = new Standard("VILLAGE-6Y5W", 2, Level.VILLAGE, "", null, 150, false, List.of(
                new Standard.Section("A", "六有", null, List.of(
                        new Standard.Item("Y1", "x", null, 10, null, null, false),
                        new Standard.Item("Y1", "", null, 5, null, null, true)))));
        assertThatThrownBy(broken::validate).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(f -> f.field()).contains("name", "sections[0].items[1].code",
                        "sections[0].items[1].title", "sections[0].items[1].maxScore"));
        Standard badPass = new Standard("X-1", 1, Level.VILLAGE, "x", null, 150, false, List.of(
                new Standard.Section("A", "a", null, List.of(new Standard.Item("Y1", "x", null, 10, null, null, false)))));
        assertThatThrownBy(badPass::validate).hasMessageContaining("passMark");
    }
}
