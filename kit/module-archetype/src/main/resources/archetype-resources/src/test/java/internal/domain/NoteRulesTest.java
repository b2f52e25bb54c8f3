package ${package}.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ${package}.internal.model.NoteDraft;
import org.junit.jupiter.api.Test;

/** A rule in plain JUnit: no container, no database. */
class NoteRulesTest {

    @Test
    void aNoteNeedsAUnitAndATitleOfAtMostAHundredCharacters() {
        assertThat(NoteRules.check(new NoteDraft("HG-GW-DC", "走访记录", "入户走访")).isValid()).isTrue();
        assertThat(NoteRules.check(new NoteDraft(null, " ", null)).errors())
                .extracting(e -> e.field()).containsExactlyInAnyOrder("orgCode", "title");
        assertThat(NoteRules.check(new NoteDraft("HG-GW-DC", "x".repeat(101), null)).errors())
                .extracting(e -> e.field()).containsExactly("title");
    }
}
