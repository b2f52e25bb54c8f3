/**
 * Schema per bundle. A bundle that owns tables puts versioned SQL scripts into a folder of its jar and names that
 * folder in the manifest header {@value org.jindu.portal.api.schema.SchemaReady#MANIFEST_HEADER}
 * (e.g. {@code Portal-Migrations: META-INF/portal/migrations}). Scripts are named {@code V<number>__<what>.sql}
 * and run in number order, each in its own transaction, the first time the platform sees the bundle with a number
 * it has not applied; the platform records number, name and checksum per bundle.
 *
 * <p>Migrations never silently skip: a failed script, a gap, or an applied script whose checksum changed stops the
 * module (its {@link org.jindu.portal.api.schema.SchemaReady} is never registered) and shows the reason on the
 * admin screen. Removing a module never drops its tables, so its data is back when it is installed again.
 *
 * <p>Write portable SQL (Derby by default, PostgreSQL by configuration): {@code VARCHAR}, {@code INTEGER},
 * {@code BIGINT}, {@code BOOLEAN}, {@code DATE}, {@code TIMESTAMP}, {@code DECIMAL(p,s)}; no {@code CLOB}/{@code TEXT};
 * statements end with {@code ;} at the end of a line; {@code --} starts a comment line.
 */
@Export
@Version("1.1.0")
package org.jindu.portal.api.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
