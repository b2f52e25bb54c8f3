package org.jindu.portal.api.cache;

import java.sql.Connection;
import java.util.Collection;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One counter per data area (a module's id, {@code org} for the org tree), in the database. Module code does not call
 * it directly: the module kit's transactions move the module's version on when they wrote anything, and
 * {@code ModuleSupport.cached} checks the versions before it answers from memory.
 */
@ProviderType
public interface DataVersions {
    /** The area of the org tree and the member units. */
    String ORG = "org";

    /**
     * Moves the area's version on in the transaction of {@code tx}: others see the new version when it commits, and a
     * rollback takes it back. Concurrent changes of one area wait for each other from this call to their commit, so
     * call it last, just before the commit.
     *
     * @param tx the JDBC connection of the caller's open transaction; not closed
     */
    void changed(Connection tx, String area);

    /**
     * A stamp of the committed versions of these areas: it differs from any earlier stamp of the same areas as soon as
     * a change of one of them has committed (on any node).
     */
    long stamp(Collection<String> areas);
}
