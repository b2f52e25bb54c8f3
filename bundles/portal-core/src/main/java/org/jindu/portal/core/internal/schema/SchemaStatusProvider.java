package org.jindu.portal.core.internal.schema;

/** Internal service giving access to the extender's migration status. */
public interface SchemaStatusProvider {
    SchemaStatus status();
}
