package org.jindu.portal.core.internal.config;

/** Demo mode is on when the configuration says so or the quick-start command set {@code -Dportal.demo=true}. */
public final class DemoMode {
    private DemoMode() {
    }

    public static boolean isOn(CoreConfig config) {
        return config.demo() || Boolean.getBoolean("portal.demo");
    }
}
