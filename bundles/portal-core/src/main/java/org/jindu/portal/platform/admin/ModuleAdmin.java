package org.jindu.portal.platform.admin;

import org.jindu.portal.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which member unit uses which module. The system administrator ({@code portal.admin.modules}) offers modules to units
 * and may enable any module for any unit; a unit administrator ({@code portal.unit.modules}) enables or disables, for
 * his own units only, the modules that are offered. Enabling a module that holds personal data shows that data to the
 * unit's staff: it needs the actor's explicit confirmation of {@link #preview}'s text, which the audit entry keeps.
 */
@ProviderType
public interface ModuleAdmin {

    /** Offers a module to the member units (or withdraws the offer; units keep what they enabled). */
    void setOffered(UserContext actor, String moduleId, boolean offered);

    /** What enabling the module for the unit would show to whom: the text the actor confirms. */
    EnablementPreview preview(UserContext actor, String unitCode, String moduleId);

    /**
     * Enables or disables a module for a member unit; audited; posts {@code portal/core/module/enablement}.
     *
     * @param personalDataConfirmed the actor confirmed the preview; required to enable a module holding personal data
     * @throws ConfirmationRequiredException when enabling a module with personal data without confirmation
     */
    void setEnabled(UserContext actor, String unitCode, String moduleId, boolean enabled, boolean personalDataConfirmed);
}
