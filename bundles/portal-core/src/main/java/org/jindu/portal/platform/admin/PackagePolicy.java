package org.jindu.portal.platform.admin;

import java.util.List;

/**
 * What the portal accepts as module packages.
 *
 * @param unsignedAllowed whether unsigned packages are installed (development and demo only; the admin screen says so)
 * @param demoMode        whether that is because the portal runs in demo mode
 * @param publishers      the subjects of the trusted publishers' certificates
 * @param trustDirectory  where the operator keeps them
 * @param deployDirectory the folder watched for packages
 */
public record PackagePolicy(boolean unsignedAllowed, boolean demoMode, List<String> publishers, String trustDirectory,
                            String deployDirectory) {
    public PackagePolicy {
        publishers = List.copyOf(publishers);
    }
}
