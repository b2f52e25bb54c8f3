package org.jindu.portal.api.data;

import java.time.Instant;

/**
 * An uploaded file as the platform keeps it.
 *
 * @param id          opaque id (a random UUID)
 * @param moduleId    module that owns it
 * @param ownerType   kind of record it belongs to, e.g. {@code evidence}
 * @param ownerId     id of that record
 * @param orgNodeId   org node of the record (for scoping the download), may be {@code null}
 * @param name        the sanitised original file name
 * @param contentType the type detected from the content (not the one the client claimed)
 * @param size        bytes
 * @param sha256      hex digest of the content
 * @param uploadedBy  user name
 * @param uploadedAt  upload time
 */
public record StoredFile(String id, String moduleId, String ownerType, String ownerId, Long orgNodeId, String name,
                         String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
