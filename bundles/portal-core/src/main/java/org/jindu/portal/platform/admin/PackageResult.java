package org.jindu.portal.platform.admin;

import org.jindu.portal.api.module.ModuleInfo;

/**
 * What a package operation did.
 *
 * @param moduleId    the module
 * @param operation   {@code INSTALL}, {@code UPGRADE}, {@code DOWNGRADE} or {@code ROLLBACK}
 * @param fromVersion the version that ran before, {@code null} for a new module
 * @param toVersion   the version that runs now
 * @param signer      the publisher that signed the package, {@code null} when unsigned
 * @param sha256      the package's SHA-256, {@code null} for a roll back to a distribution feature
 * @param module      the module as the registry sees it once the operation settled (or after the wait ran out)
 */
public record PackageResult(String moduleId, String operation, String fromVersion, String toVersion, String signer,
                            String sha256, ModuleInfo module) {
}
