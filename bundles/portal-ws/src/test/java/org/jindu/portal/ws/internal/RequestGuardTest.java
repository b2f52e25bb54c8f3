package org.jindu.portal.ws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the servlets refuse before CXF: not a URI, an unknown character set. */
class RequestGuardTest {

    @Test
    void pathsAndQueriesMustBeUris() {
        assertThat(RequestGuard.validUri("/api/v1/control/persons/12")).isTrue();
        assertThat(RequestGuard.validUri("name=%E5%BC%A0&status=COMMUNITY_DETOX")).isTrue();
        assertThat(RequestGuard.validUri("/api/v1/users/a\\b")).isFalse();
        assertThat(RequestGuard.validUri("/api/v1/%ZZ")).isFalse();
        assertThat(RequestGuard.validUri("x=%%%")).isFalse();
        assertThat(RequestGuard.validUri("x=%4")).isFalse();
        assertThat(RequestGuard.validUri("/a b")).isFalse();
        assertThat(RequestGuard.validUri("/中文")).as("raw non-ASCII: browsers escape it").isFalse();
    }

    @Test
    void theCharsetMustExist() {
        assertThat(RequestGuard.charsetKnown("application/json")).isTrue();
        assertThat(RequestGuard.charsetKnown("application/json; charset=UTF-8")).isTrue();
        assertThat(RequestGuard.charsetKnown("text/xml; charset=\"utf-8\"")).isTrue();
        assertThat(RequestGuard.charsetKnown("application/json; charset=klingon")).isFalse();
        assertThat(RequestGuard.charsetKnown("application/json; charset=")).isFalse();
        assertThat(RequestGuard.charsetKnown("application/json; charset=a/b")).isFalse();
    }
}
