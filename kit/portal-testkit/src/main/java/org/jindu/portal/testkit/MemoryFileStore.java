package org.jindu.portal.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.data.FileStore;
import org.jindu.portal.api.data.StoredFile;
import org.jindu.portal.support.data.FileTypes;

/** Keeps files in memory; detects and refuses types with the platform's own rules ({@code FileTypes}). */
public final class MemoryFileStore implements FileStore {
    private final Map<String, byte[]> files = new HashMap<>();
    private final Map<String, StoredFile> meta = new HashMap<>();

    @Override
    public StoredFile store(UserContext actor, String moduleId, String ownerType, String ownerId, Long orgNodeId,
                            String fileName, InputStream content) throws IOException {
        byte[] bytes = content.readAllBytes();
        String type = bytes.length == 0 ? null : FileTypes.detect(bytes, bytes.length, fileName == null ? "" : fileName);
        if (type == null) {
            throw ValidationException.of("file", Text.of("不支持的文件类型", "file type not allowed"));
        }
        String id = UUID.randomUUID().toString();
        files.put(id, bytes);
        StoredFile f = new StoredFile(id, moduleId, ownerType, ownerId, orgNodeId, fileName, type, bytes.length,
                "0123456789abcdef0123", actor.username(), Instant.now());
        meta.put(id, f);
        return f;
    }

    @Override
    public Optional<StoredFile> find(String fileId) {
        return Optional.ofNullable(meta.get(fileId));
    }

    @Override
    public List<StoredFile> list(String moduleId, String ownerType, String ownerId) {
        return meta.values().stream().filter(f -> f.ownerId().equals(ownerId)).toList();
    }

    @Override
    public InputStream open(String fileId) {
        return new ByteArrayInputStream(files.get(fileId));
    }

    @Override
    public void delete(String fileId) {
        files.remove(fileId);
        meta.remove(fileId);
    }

    /** How many files are stored. */
    public int size() {
        return files.size();
    }
}
