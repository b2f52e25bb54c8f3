package org.jindu.portal.api.module;

import java.util.List;
import java.util.Optional;

import org.jindu.portal.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one registry of which modules are installed and which member unit enabled which module. Enablement is
 * stored in the database, so it survives restarts and a module's removal and re-installation.
 */
@ProviderType
public interface ModuleRegistry {

    /** Every module the platform has seen, installed or not, in navigation order. */
    List<ModuleInfo> modules();

    Optional<ModuleInfo> module(String moduleId);

    /** Whether the module's descriptor is currently registered. */
    boolean isInstalled(String moduleId);

    boolean isEnabled(String unitCode, String moduleId);

    /**
     * Enables or disables a module for a member unit. Requires the {@code portal.admin.modules} permission;
     * audited; posts {@link PortalEvents#MODULE_ENABLEMENT}.
     */
    void setEnabled(UserContext actor, String unitCode, String moduleId, boolean enabled);

    /** Listener for modules coming and going and enablement changes (the shell refreshes navigation with it). */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
