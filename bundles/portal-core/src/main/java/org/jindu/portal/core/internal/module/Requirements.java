package org.jindu.portal.core.internal.module;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jindu.portal.api.Text;

/**
 * Puts an OSGi requirement into the words an operator needs: "missing package org.foo (version ≥1.0, <2.0)" instead
 * of the resolver's LDAP filter. Plain strings in, so that it is unit-tested without a framework.
 */
final class Requirements {
    private static final Pattern VERSION_FROM = Pattern.compile("\\((?:bundle-)?version>=([^)]+)\\)");
    private static final Pattern VERSION_TO = Pattern.compile("\\(!\\((?:bundle-)?version>=([^)]+)\\)\\)");

    private Requirements() {
    }

    /** What is missing, for a requirement of the namespace with the filter directive (may be {@code null}). */
    static Text describe(String namespace, String filter) {
        String f = filter == null ? "" : filter;
        String range = range(f);
        switch (namespace) {
            case "osgi.wiring.package": {
                String name = value(f, "osgi.wiring.package");
                return Text.of("缺少软件包 " + name + range(range, true), "missing package " + name + range(range, false));
            }
            case "osgi.wiring.bundle": {
                String name = value(f, "osgi.wiring.bundle");
                return Text.of("缺少 bundle " + name + range(range, true), "missing bundle " + name + range(range, false));
            }
            case "osgi.wiring.host": {
                String name = value(f, "osgi.wiring.host");
                return Text.of("缺少宿主 bundle " + name, "missing host bundle " + name);
            }
            case "osgi.ee":
                return Text.of("Java 运行环境不符合要求: " + f, "the Java runtime does not match: " + f);
            default:
                return Text.of("缺少能力 " + namespace + " " + f, "missing capability " + namespace + " " + f);
        }
    }

    private static String value(String filter, String attribute) {
        Matcher m = Pattern.compile("\\(" + Pattern.quote(attribute) + "=([^)]+)\\)").matcher(filter);
        return m.find() ? m.group(1) : filter;
    }

    private static String range(String filter) {
        Matcher from = VERSION_FROM.matcher(filter.replaceAll("\\(!\\((?:bundle-)?version>=[^)]+\\)\\)", ""));
        Matcher to = VERSION_TO.matcher(filter);
        String low = from.find() ? from.group(1) : null;
        String high = to.find() ? to.group(1) : null;
        if (low == null && high == null) {
            return null;
        }
        return (low == null ? "" : "≥" + low) + (low != null && high != null ? ", " : "") + (high == null ? "" : "<" + high);
    }

    private static String range(String range, boolean chinese) {
        if (range == null) {
            return "";
        }
        return chinese ? " (版本 " + range + ")" : " (version " + range + ")";
    }
}
