/**
 * Versions of data areas kept in the database, so that what a portal node computes from the data (a scoped list, a
 * count) can be kept in memory and still be right when another node, or another thread, changed the data: a change
 * moves its area's version on in its own transaction, and a cached answer is used only while the versions it was
 * computed under are still the committed ones.
 */
@Export
@Version("1.0.0")
package org.jindu.portal.api.cache;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
