package org.jindu.portal.api.module;

import java.util.List;
import java.util.Set;

import org.jindu.portal.api.Text;

/**
 * What the platform knows of a module, for admin screens, the REST API and shell commands. A module is known from the
 * moment a bundle declaring it ({@code Portal-Module: <id>}) is installed, even if it never resolves, and stays known
 * (with its data and enablement) after it is removed.
 *
 * @param id                module id
 * @param name              module name (the bundle's name until its descriptor registered once)
 * @param version           module version
 * @param installed         whether its descriptor is currently registered (the module is running)
 * @param bundleState       the bundle's state as a word ({@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, or
 *                          {@code UNINSTALLED} when no bundle declares the module now)
 * @param bundleName        the symbolic name of its bundle, {@code null} when not known
 * @param problems          why it is not (fully) working, empty when it is
 * @param schemaVersion     the highest migration applied to its tables (kept when a later script fails or the module
 *                          is removed), 0 when it has none
 * @param holdsPersonalData whether it stores personal data
 * @param personalData      what personal data it holds, {@code null} when none or not said
 * @param offered           whether the system administrator offered it to member units (their administrators may
 *                          then enable it for their own unit)
 * @param enabledUnits      codes of the member units that enabled it
 * @param permissions       the permissions it defines
 */
public record ModuleInfo(String id, Text name, String version, boolean installed, String bundleState, String bundleName,
                         List<ModuleProblem> problems, int schemaVersion, boolean holdsPersonalData, Text personalData,
                         boolean offered, Set<String> enabledUnits, List<PermissionDef> permissions) {
    public ModuleInfo {
        problems = List.copyOf(problems);
        enabledUnits = Set.copyOf(enabledUnits);
        permissions = List.copyOf(permissions);
    }

    /** Whether anything keeps the module from working. */
    public boolean healthy() {
        return problems.isEmpty();
    }
}
