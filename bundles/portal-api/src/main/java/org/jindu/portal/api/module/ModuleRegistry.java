package org.jindu.portal.api.module;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one registry of which modules are known, which are running, why the others are not, and which member unit
 * enabled which module. Enablement is stored in the database, so it survives restarts and a module's removal and
 * re-installation; changing it is an administration task of the platform (not part of this contract).
 */
@ProviderType
public interface ModuleRegistry {

    /** Every module the platform knows, running or not, in navigation order. */
    List<ModuleInfo> modules();

    Optional<ModuleInfo> module(String moduleId);

    /** Whether the module's descriptor is currently registered. */
    boolean isInstalled(String moduleId);

    boolean isEnabled(String unitCode, String moduleId);

    /** Listener for modules coming and going and enablement changes (the shell refreshes navigation with it). */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
