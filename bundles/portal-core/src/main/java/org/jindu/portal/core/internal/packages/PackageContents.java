package org.jindu.portal.core.internal.packages;

import java.util.List;

/**
 * What a checked package holds.
 *
 * @param kind    {@code JAR} (one bundle) or {@code KAR} (the bundles of a Karaf archive's repository)
 * @param bundles its bundles, the module's first
 * @param signer  the trusted publisher that signed it (its certificate's subject), or {@code null} for an unsigned
 *                package the configuration allows
 */
record PackageContents(String kind, List<BundleHeaders> bundles, String signer) {

    /** The module's bundle: the first one declaring {@code Portal-Module}. */
    BundleHeaders module() {
        return bundles.stream().filter(b -> b.moduleId() != null).findFirst().orElseThrow();
    }

    /**
     * One bundle of a package, from its manifest.
     *
     * @param symbolicName  Bundle-SymbolicName (without directives)
     * @param version       Bundle-Version
     * @param moduleId      Portal-Module, or {@code null}
     * @param entryName     where it sits in a KAR ({@code null} for a jar package)
     * @param schemaVersion the highest migration script it carries, 0 when none
     */
    record BundleHeaders(String symbolicName, String version, String moduleId, String entryName, int schemaVersion) {
    }
}
