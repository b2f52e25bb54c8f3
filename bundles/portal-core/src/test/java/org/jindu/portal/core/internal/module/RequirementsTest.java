package org.jindu.portal.core.internal.module;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The module list names what is missing in an operator's words, not as the resolver's filter. */
class RequirementsTest {

    @Test
    void aMissingPackageIsNamedWithItsVersionRange() {
        var t = Requirements.describe("osgi.wiring.package",
                "(&(osgi.wiring.package=org.example.missing)(version>=1.2.0)(!(version>=2.0.0)))");
        assertThat(t.en()).isEqualTo("missing package org.example.missing (version ≥1.2.0, <2.0.0)");
        assertThat(t.zh()).isEqualTo("缺少软件包 org.example.missing (版本 ≥1.2.0, <2.0.0)");
        assertThat(Requirements.describe("osgi.wiring.package", "(osgi.wiring.package=org.x)").en())
                .isEqualTo("missing package org.x");
    }

    @Test
    void bundlesAndOtherCapabilitiesAreNamedToo() {
        assertThat(Requirements.describe("osgi.wiring.bundle", "(&(osgi.wiring.bundle=org.lib)(bundle-version>=3.0.0))").en())
                .isEqualTo("missing bundle org.lib (version ≥3.0.0)");
        assertThat(Requirements.describe("osgi.extender", "(osgi.extender=osgi.component)").en())
                .isEqualTo("missing capability osgi.extender (osgi.extender=osgi.component)");
    }

    @Test
    void aComponentFailureIsItsExceptionAndItsRootCause() {
        String trace = "java.lang.IllegalStateException: cannot start\n\tat a.B.c(B.java:1)\n"
                + "Caused by: java.sql.SQLException: table X missing\n\tat d.E.f(E.java:2)\n";
        assertThat(ModuleDiagnosis.failure(trace))
                .isEqualTo("java.lang.IllegalStateException: cannot start ← java.sql.SQLException: table X missing");
        assertThat(ModuleDiagnosis.failure("java.lang.RuntimeException: boom\n\tat x")).isEqualTo("java.lang.RuntimeException: boom");
    }
}
