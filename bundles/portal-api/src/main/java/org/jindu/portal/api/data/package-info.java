/**
 * Protection of sensitive fields (ID-card numbers, phone numbers): encryption at rest with a key kept outside the
 * database, a keyed blind index for exact-match lookups on encrypted values, and masking for display and export.
 */
@Export
@Version("1.0.0")
package org.jindu.portal.api.data;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
