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

    /** Whether the module stores personal data (names, ID numbers …); reads of such records must be audited. */
    default boolean holdsPersonalData() {
        return false;
    }

    /** Position in navigation and lists (lower first). */
    default int order() {
        return 100;
    }
}
