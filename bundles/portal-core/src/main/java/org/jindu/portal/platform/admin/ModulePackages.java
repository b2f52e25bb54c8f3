package org.jindu.portal.platform.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.jindu.portal.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Module packages (a bundle jar, or a KAR with the module's bundles), installed, upgraded, rolled back and removed
 * while the portal runs; requires {@code portal.admin.packages}. A package is checked before anything changes: a
 * complete archive, signed by a publisher in the trust store ({@code etc/portal-trust}) unless the configuration
 * allows unsigned packages, declaring a portal module, never older than the module's tables, resolving against the
 * running system. A refused package leaves the portal exactly as it was. Every operation and every refusal is audited.
 * The deploy folder goes through the same checks.
 */
@ProviderType
public interface ModulePackages {

    /**
     * Installs a new module, or upgrades (or, when its schema allows, downgrades) an installed one to the package's
     * version; the data stays, new migrations run, the version before is kept for a roll back.
     *
     * @param fileName name of the uploaded file, for the records
     * @param sha256   the package's SHA-256 as the sender computed it (hex), checked when given
     * @throws org.jindu.portal.api.ValidationException (fields {@code package}, {@code sha256}) for a damaged, unsigned,
     *                                                   wrongly signed or non-module package or a checksum mismatch
     * @throws org.jindu.portal.api.ConflictException   when it would not resolve (naming what is missing), is already
     *                                                   installed, or is older than the module's tables
     */
    PackageResult install(UserContext actor, InputStream content, String fileName, String sha256) throws IOException;

    /**
     * Goes back to the version that ran before the current one.
     *
     * @throws org.jindu.portal.api.ConflictException when there is none, or the tables were already migrated beyond
     *                                                 what it knows
     */
    PackageResult rollback(UserContext actor, String moduleId);

    /** Removes a module's bundles; its tables and data stay for a later installation. */
    void remove(UserContext actor, String moduleId);

    /** The module's packages, newest first. */
    List<PackageRecord> packages(UserContext actor, String moduleId);

    /** What the portal accepts: signed packages only or unsigned too, and which publishers it trusts. */
    PackagePolicy policy(UserContext actor);
}
