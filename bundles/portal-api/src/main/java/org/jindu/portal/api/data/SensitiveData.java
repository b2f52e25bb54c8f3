package org.jindu.portal.api.data;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Encrypts field values with AES-256-GCM under a key kept outside the database (the file
 * {@code etc/portal-data.key}, created on first start, or the environment variable {@code PORTAL_DATA_KEY}).
 * Ciphertexts are self-describing ({@code v1:<base64>}) and differ on every call, so equal values do not
 * reveal themselves; use {@link #blindIndex} to find a record by an exact value.
 */
@ProviderType
public interface SensitiveData {

    /** Encrypts a value; {@code null} stays {@code null}. */
    String encrypt(String plain);

    /** Decrypts what {@link #encrypt} produced; {@code null} stays {@code null}. */
    String decrypt(String cipherText);

    /**
     * A keyed hash (HMAC-SHA256, hex) of the value, upper-cased and trimmed first, for exact-match lookups on an
     * encrypted column. It reveals nothing without the key and supports no partial or wildcard match by design.
     */
    String blindIndex(String value);
}
