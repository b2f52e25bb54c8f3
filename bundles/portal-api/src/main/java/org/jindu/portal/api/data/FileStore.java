package org.jindu.portal.api.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.jindu.portal.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores uploaded evidence files safely: a size limit, the type detected from the content itself (PDF, PNG, JPEG,
 * Word and Excel documents by default; never HTML, SVG, scripts or executables), the name stripped of paths and
 * control characters, the bytes kept outside the web root under a random name and served only as a download.
 * The caller checks the user's permission on the owning record first and audits the upload; the store checks files.
 */
@ProviderType
public interface FileStore {

    /**
     * Reads the content (at most the configured limit, default 20 MB), checks it and stores it.
     *
     * @throws org.jindu.portal.api.ValidationException naming the field {@code file} when it is empty, too large or of
     *                                                   a type that is not allowed
     */
    StoredFile store(UserContext actor, String moduleId, String ownerType, String ownerId, Long orgNodeId,
                     String fileName, InputStream content) throws IOException;

    Optional<StoredFile> find(String fileId);

    /** The files of one record, oldest first. */
    List<StoredFile> list(String moduleId, String ownerType, String ownerId);

    /** The content; the caller streams it as an attachment with {@link StoredFile#contentType()}. */
    InputStream open(String fileId) throws IOException;

    void delete(String fileId) throws IOException;
}
