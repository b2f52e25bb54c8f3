package org.jindu.portal.core.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.data.FileStore;
import org.jindu.portal.api.data.StoredFile;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.core.internal.config.CoreConfig;
import org.jindu.portal.core.internal.persistence.FileEntity;
import org.jindu.portal.support.Jpa;
import org.jindu.portal.support.data.FileTypes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Files under {@code data/portal-files/<module>/<yyyy-MM>/<uuid>}: no extension, outside every web root. The upload is
 * written to a temporary file while it is measured and hashed, checked, then moved atomically into place, so that a
 * refused or broken upload leaves nothing behind.
 */
@Component(service = FileStore.class, configurationPid = CoreConfig.PID)
public class FileStoreImpl implements FileStore {
    private final EntityManagerFactory emf;
    private final Path root;
    private final long maxBytes;

    @Activate
    public FileStoreImpl(@Reference(target = "(osgi.unit.name=portal.core)") EntityManagerFactory emf,
                         @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady schema,
                         CoreConfig config) {
        this(emf, Paths.get(System.getProperty("karaf.data", "data"), "portal-files"), config.maxUploadMegabytes() * 1024L * 1024L);
    }

    public FileStoreImpl(EntityManagerFactory emf, Path root, long maxBytes) {
        this.emf = emf;
        this.root = root;
        this.maxBytes = maxBytes;
    }

    @Override
    public StoredFile store(UserContext actor, String moduleId, String ownerType, String ownerId, Long orgNodeId,
                            String fileName, InputStream content) throws IOException {
        String name = FileTypes.sanitise(fileName);
        String id = UUID.randomUUID().toString();
        Path dir = root.resolve(moduleId).resolve(LocalDateTime.now().toString().substring(0, 7));
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "upload-", ".part");
        try {
            MessageDigest sha = sha256();
            byte[] head = new byte[16];
            int headLength = 0;
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = content.read(buffer)) > 0) {
                    if (headLength < head.length) {
                        int copy = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    size += n;
                    if (size > maxBytes) {
                        throw ValidationException.of("file", Text.of("文件不能超过 " + maxBytes / (1024 * 1024) + " MB",
                                "the file must not exceed " + maxBytes / (1024 * 1024) + " MB"));
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw ValidationException.of("file", Text.of("文件为空", "the file is empty"));
            }
            String type = FileTypes.detect(head, headLength, name);
            if (type == null) {
                throw ValidationException.of("file", Text.of("只接受 PDF、图片(PNG/JPEG)和 Word/Excel 文档",
                        "only PDF, images (PNG/JPEG) and Word/Excel documents are accepted"));
            }
            Path target = dir.resolve(id);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            String relative = root.relativize(target).toString().replace('\\', '/');
            String digest = HexFormat.of().formatHex(sha.digest());
            long finalSize = size;
            LocalDateTime now = LocalDateTime.now();
            Jpa.run(emf, em -> {
                FileEntity e = new FileEntity();
                e.setId(id);
                e.setModuleId(moduleId);
                e.setOwnerType(ownerType);
                e.setOwnerId(ownerId);
                e.setOrgNodeId(orgNodeId);
                e.setName(name);
                e.setContentType(type);
                e.setSize(finalSize);
                e.setSha256(digest);
                e.setStoragePath(relative);
                e.setUploadedBy(actor.username());
                e.setUploadedAt(now);
                em.persist(e);
            });
            return find(id).orElseThrow();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Optional<StoredFile> find(String fileId) {
        return Jpa.tx(emf, em -> Optional.ofNullable(em.find(FileEntity.class, fileId)).map(FileStoreImpl::value));
    }

    @Override
    public List<StoredFile> list(String moduleId, String ownerType, String ownerId) {
        return Jpa.tx(emf, em -> em.createQuery("select f from FileEntity f where f.moduleId = :m and f.ownerType = :t "
                        + "and f.ownerId = :o order by f.uploadedAt", FileEntity.class)
                .setParameter("m", moduleId).setParameter("t", ownerType).setParameter("o", ownerId)
                .getResultList().stream().map(FileStoreImpl::value).toList());
    }

    @Override
    public InputStream open(String fileId) throws IOException {
        String path = Jpa.tx(emf, em -> {
            FileEntity e = em.find(FileEntity.class, fileId);
            return e == null ? null : e.getStoragePath();
        });
        if (path == null) {
            throw new IOException("no file " + fileId);
        }
        return Files.newInputStream(root.resolve(path).normalize());
    }

    @Override
    public void delete(String fileId) throws IOException {
        String path = Jpa.tx(emf, em -> {
            FileEntity e = em.find(FileEntity.class, fileId);
            if (e == null) {
                return null;
            }
            em.remove(e);
            return e.getStoragePath();
        });
        if (path != null) {
            Files.deleteIfExists(root.resolve(path).normalize());
        }
    }

    private static StoredFile value(FileEntity e) {
        return new StoredFile(e.getId(), e.getModuleId(), e.getOwnerType(), e.getOwnerId(), e.getOrgNodeId(), e.getName(),
                e.getContentType(), e.getSize(), e.getSha256(), e.getUploadedBy(),
                e.getUploadedAt().atZone(ZoneId.systemDefault()).toInstant());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
