package org.jindu.portal.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Demo data of a module. The platform runs it only in demo mode, after its own demo data (org tree, units, one
 * user per role) is in place and after the module's schema is ready; it runs once per database (the platform
 * remembers {@link #id()}), so a restart or a re-installed module does not duplicate data. Implementations must
 * still be idempotent: a crash half-way re-runs them.
 */
@ConsumerType
public interface DemoDataContributor {

    /** Stable id under which the platform remembers that this contribution ran, e.g. {@code assessment.v1}. */
    String id();

    /** Loads the data, acting as the given demo context. */
    void load(DemoContext context) throws Exception;
}
