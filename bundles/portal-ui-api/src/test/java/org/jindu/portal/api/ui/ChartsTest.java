package org.jindu.portal.api.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** PF-6: chart axes in round steps that people read at a glance. */
class ChartsTest {

    private static List<Charts.Series> of(Number... values) {
        return List.of(new Charts.Series("s", List.of(values)));
    }

    @Test
    void countsGetWholeSteps() {
        assertEquals(4, Charts.axisMax(4, of(1, 4, 2)));
        assertEquals(8, Charts.axisMax(5, of(5, 3)));
        assertEquals(4, Charts.axisMax(1, of(1, 0)));
        assertEquals(40, Charts.axisMax(37, of(37, 12)));
    }

    @Test
    void percentagesGetRoundSteps() {
        assertEquals(100, Charts.axisMax(100, of(40.0, 100.0)));
        assertEquals(80, Charts.axisMax(60, of(40.0, 60.0)));
        assertEquals(2, Charts.axisMax(1.6, of(0.4, 1.6)));
    }

    @Test
    void emptyChartsStillHaveAnAxis() {
        assertEquals(4, Charts.axisMax(0, of()));
    }
}
