package org.jindu.portal.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.security.AuthenticationException;
import org.jindu.portal.core.internal.CoreFixture;
import org.junit.jupiter.api.Test;

/** Outside demo mode the first start asks for the administrator's password, guarded by a one-time setup code. */
class FirstStartSetupJpaTest {

    @Test
    void firstStartRequiresTheSetupCodeAndThenAStrongPassword() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        CoreFixture core;
        try {
            core = new CoreFixture(false);
        } finally {
            System.setOut(previous);
        }
        try (core) {
            AuthenticatorImpl auth = core.authenticator;
            assertThat(auth.setupRequired()).isTrue();
            assertThat(core.org.root()).as("no demo data outside demo mode").isNull();
            assertThatThrownBy(() -> auth.authenticate("admin", "whatever", null))
                    .isInstanceOfSatisfying(AuthenticationException.class,
                            e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.SETUP_REQUIRED));
            Matcher m = Pattern.compile("setup code ([0-9A-F]{8})").matcher(console.toString(StandardCharsets.UTF_8));
            assertThat(m.find()).as("the setup code is printed on the console").isTrue();
            String code = m.group(1);

            assertThatThrownBy(() -> auth.completeSetup("00000000", "admin", "Strong123"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("setupCode"));
            assertThatThrownBy(() -> auth.completeSetup(code, "admin", "weak"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("password"));

            auth.completeSetup(code.toLowerCase(), "chief", "Strong123");
            assertThat(auth.setupRequired()).isFalse();
            assertThat(auth.authenticate("chief", "Strong123", null).roles()).containsExactly(Role.SYSTEM_ADMIN);
            assertThat(core.org.root()).as("a root node to start the org tree from").isNotNull();
            assertThatThrownBy(() -> auth.completeSetup(code, "again", "Strong123")).isInstanceOf(ValidationException.class);
        }
    }
}
