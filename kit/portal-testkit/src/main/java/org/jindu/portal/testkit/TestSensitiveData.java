package org.jindu.portal.testkit;

import org.jindu.portal.api.data.SensitiveData;
import org.jindu.portal.support.data.FieldCipher;

/** The platform's real field cipher with a fresh random key, so that tests see what the database really holds. */
public final class TestSensitiveData implements SensitiveData {
    private final FieldCipher cipher = new FieldCipher(FieldCipher.newKey());

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
