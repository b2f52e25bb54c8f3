package org.jindu.portal.platform.admin;

import java.time.LocalDateTime;

/**
 * One package of a module as the portal recorded it.
 *
 * @param id            record id
 * @param moduleId      the module
 * @param bundleName    the module bundle's symbolic name
 * @param version       its version
 * @param kind          {@code JAR}, {@code KAR}, {@code FEATURE} (a feature of the distribution) or {@code BUNDLE}
 *                      (installed by other means; its jar was copied for a roll back)
 * @param source        {@code UPLOAD}, {@code DEPLOY} or {@code DISTRIBUTION}
 * @param fileName      the file's name as uploaded or dropped
 * @param sha256        the content's SHA-256
 * @param schemaVersion the highest migration the package carries
 * @param signer        the signing publisher, {@code null} when unsigned
 * @param status        {@code CURRENT}, {@code PREVIOUS} (what a roll back goes to), {@code SUPERSEDED}, {@code RETIRED}
 *                      (rolled back from) or {@code REMOVED}
 * @param installedAt   when
 * @param installedBy   by whom ({@code deploy-folder} for the deploy folder)
 */
public record PackageRecord(long id, String moduleId, String bundleName, String version, String kind, String source,
                            String fileName, String sha256, int schemaVersion, String signer, String status,
                            LocalDateTime installedAt, String installedBy) {
}
