package org.jindu.portal.api.schema;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the platform once a bundle's migrations have all been applied. A module's component that uses its
 * tables references it by the module's id (its {@code Portal-Module} header), so that it starts only on a migrated
 * schema:
 *
 * <pre>{@code
 * @Reference(target = "(" + SchemaReady.MODULE + "=" + MyModule.ID + ")") SchemaReady schema
 * }</pre>
 */
@ProviderType
public interface SchemaReady {
    /** Manifest header naming the folder of migration scripts inside the bundle. */
    String MANIFEST_HEADER = "Portal-Migrations";
    /** Service property: the module id of the migrated bundle (its {@code Portal-Module} header), when it has one. */
    String MODULE = "portal.module.id";
    /** Service property: the symbolic name of the migrated bundle. */
    String BUNDLE = "portal.schema.bundle";
    /** Service property: the highest applied migration number. */
    String VERSION = "portal.schema.version";

    String bundleSymbolicName();

    int version();
}
