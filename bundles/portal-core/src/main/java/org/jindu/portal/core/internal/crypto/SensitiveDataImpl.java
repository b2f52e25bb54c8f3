package org.jindu.portal.core.internal.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.jindu.portal.api.data.SensitiveData;
import org.jindu.portal.support.data.FieldCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the data key from {@code PORTAL_DATA_KEY} (Base64 of 64 bytes) or from {@code etc/portal-data.key},
 * creating that file (readable by its owner only) on first start. The key never enters the database, so a copy of
 * the database alone reveals no ID numbers. Back the key file up with the database: without it, encrypted fields
 * cannot be read.
 */
@Component(service = {SensitiveData.class, SensitiveDataImpl.class})
public class SensitiveDataImpl implements SensitiveData {
    private static final Logger LOG = LoggerFactory.getLogger(SensitiveDataImpl.class);

    private final FieldCipher cipher;
    private final byte[] key;

    @Activate
    public SensitiveDataImpl() throws IOException {
        this.key = loadKey();
        this.cipher = new FieldCipher(key);
    }

    /**
     * A key for another purpose derived from the data key (HMAC-SHA256 of the purpose), so that the operator keeps and
     * shares between nodes one secret, and no derived key reveals the data key.
     */
    public byte[] subkey(String purpose) {
        return FieldCipher.derive(key, purpose);
    }

    static byte[] loadKey() throws IOException {
        String env = System.getenv("PORTAL_DATA_KEY");
        if (env != null && !env.isBlank()) {
            return Base64.getDecoder().decode(env.strip());
        }
        Path file = Paths.get(System.getProperty("karaf.etc", "etc"), "portal-data.key");
        if (Files.exists(file)) {
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        }
        byte[] key = FieldCipher.newKey();
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE_NEW);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: rely on the folder's ACL
        }
        LOG.warn("Created a new data encryption key in {}; back it up together with the database", file);
        return key;
    }

    @Override
    public String encrypt(String plain) {
        return cipher.encrypt(plain);
    }

    @Override
    public String decrypt(String cipherText) {
        return cipher.decrypt(cipherText);
    }

    @Override
    public String blindIndex(String value) {
        return cipher.blindIndex(value);
    }
}
