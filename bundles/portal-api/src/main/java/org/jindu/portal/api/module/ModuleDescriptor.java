package org.jindu.portal.api.module;

import java.util.List;

import org.jindu.portal.api.Text;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a module to declare itself. The platform records the module and its permissions the first time
 * it sees them (granting each permission to its default roles once), lists it on the admin screen with its bundle
 * state and schema version, and lets member units enable it.
 *
 * <pre>{@code
 * @Component(service = ModuleDescriptor.class)
 * public class AssessmentModule implements ModuleDescriptor {
 *     public String id() { return "assessment"; }
 *     public Text name() { return Text.of("示范创建考评", "Creation assessment"); }
 *     ...
 * }
 * }</pre>
 */
@ConsumerType
public interface ModuleDescriptor {

    /** Service property holding the module id, so that others can filter for one module's services. */
    String MODULE_ID = "portal.module.id";

    /**
     * Manifest header naming the module a bundle belongs to ({@code Portal-Module: assessment}); the module parent POM
     * writes it. It makes the module known to the platform as soon as the bundle is installed, before it resolves, so
     * that a module that cannot start is listed with the reason; its value must equal {@link #id()}.
     */
    String MANIFEST_HEADER = "Portal-Module";

    /** Short stable id, lower case letters only (e.g. {@code assessment}); the prefix of its permission ids. */
    String id();

    Text name();

    /** Text for the module list: what the module is for. */
    default Text description() {
        return name();
    }

    /** Version shown to administrators; defaults to the bundle version. */
    default String version() {
        return null;
    }

    /** The permissions the module checks. Every id must start with {@code id() + "."}. */
    List<PermissionDef> permissions();

    /**
     * Whether the module stores personal data (names, ID numbers …); reads of such records must be audited, and a
     * member unit enables such a module only after confirming who will see what ({@link #personalData()}).
     */
    default boolean holdsPersonalData() {
        return false;
    }

    /**
     * What personal data the module holds, named for the confirmation a unit gives when it enables the module, e.g.
     * {@code Text.of("吸毒人员档案：姓名、身份证号、电话、住址、管控记录", "drug users' files: names, ID numbers, …")}.
     * {@code null} (the default) for a module without personal data; the platform then says "personal data".
     */
    default Text personalData() {
        return null;
    }

    /** Position in navigation and lists (lower first). */
    default int order() {
        return 100;
    }
}
