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
import org.jindu.portal.core.internal.crypto.SensitiveDataImpl;
import org.jindu.portal.core.internal.persistence.FileEntity;
import org.jindu.portal.support.Jpa;
import org.jindu.portal.support.data.FileTypes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files under {@code data/portal-files/<module>/<yyyy-MM>/<uuid>}: no extension, outside every web root, encrypted with
 * a key derived from the data key ({@link FileCipher}: photos of persons under control and evidence are as sensitive
 * as the ID numbers). The upload is encrypted into a temporary file while it is measured and hashed, checked, then
 * moved atomically into place; a refused upload or a failed insert of its row leaves nothing behind. At start, files
 * stored in clear by an earlier version are encrypted, and leftovers without a row (a crash between the move and the
 * insert, a temporary file) are removed once they are an hour old.
 */
@Component(service = FileStore.class, configurationPid = CoreConfig.PID)
public class FileStoreImpl implements FileStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileStoreImpl.class);
    private final EntityManagerFactory emf;
    private final Path root;
    private final long maxBytes;
    private final FileCipher cipher;

    @Activate
    public FileStoreImpl(@Reference(target = "(osgi.unit.name=portal.core)") EntityManagerFactory emf,
                         @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady schema,
                         @Reference SensitiveDataImpl keys, CoreConfig config) {
        this(emf, Paths.get(System.getProperty("karaf.data", "data"), "portal-files"), config.maxUploadMegabytes() * 1024L * 1024L,
                keys.subkey("portal-files"), HexFormat.of().formatHex(keys.subkey("key-id"), 0, 4));
        Thread tidy = new Thread(() -> {
            try {
                tidy(java.time.Duration.ofHours(1));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not tidy the file store: {}", e.toString());
            }
        }, "portal-files-tidy");
        tidy.setDaemon(true);
        tidy.start();
    }

    public FileStoreImpl(EntityManagerFactory emf, Path root, long maxBytes, byte[] fileKey, String keyId) {
        this.emf = emf;
        this.root = root;
        this.maxBytes = maxBytes;
        this.cipher = new FileCipher(fileKey, keyId);
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
            try (OutputStream out = new DigestOutputStream(cipher.encrypt(Files.newOutputStream(temp), id), sha)) {
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
            try {
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
            } catch (RuntimeException failedInsert) {
                Files.deleteIfExists(target);
                throw failedInsert;
            }
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
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(root.resolve(path).normalize()));
        in.mark(FileCipher.MAGIC.length);
        byte[] head = in.readNBytes(FileCipher.MAGIC.length);
        in.reset();
        // a file the start-up pass has not encrypted yet is still in clear
        return FileCipher.isEncrypted(head, head.length) ? cipher.decrypt(in, fileId) : in;
    }

    /**
     * Encrypts files stored in clear by an earlier version, and removes files without a row and temporary files once
     * they are older than {@code grace} (an upload in progress has its row within seconds).
     */
    void tidy(java.time.Duration grace) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        java.util.Map<String, String> rows = new java.util.HashMap<>();
        Jpa.run(emf, em -> em.createQuery("select f.id, f.storagePath from FileEntity f", Object[].class).getResultList()
                .forEach(r -> rows.put((String) r[0], (String) r[1])));
        java.time.Instant cutoff = java.time.Instant.now().minus(grace);
        List<Path> files;
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        int encrypted = 0;
        int removed = 0;
        for (Path f : files) {
            String relative = root.relativize(f).toString().replace('\\', '/');
            String id = f.getFileName().toString();
            if (relative.equals(rows.get(id))) {
                byte[] head;
                try (InputStream in = Files.newInputStream(f)) {
                    head = in.readNBytes(FileCipher.MAGIC.length);
                }
                if (!FileCipher.isEncrypted(head, head.length)) {
                    Path temp = Files.createTempFile(f.getParent(), "encrypt-", ".part");
                    try (InputStream in = Files.newInputStream(f); OutputStream out = cipher.encrypt(Files.newOutputStream(temp), id)) {
                        in.transferTo(out);
                    }
                    Files.move(temp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    encrypted++;
                }
            } else if (Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
                Files.deleteIfExists(f);
                removed++;
            }
        }
        if (encrypted + removed > 0) {
            LOG.info("File store: encrypted {} file(s) stored in clear, removed {} leftover(s) without a record", encrypted, removed);
        }
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
