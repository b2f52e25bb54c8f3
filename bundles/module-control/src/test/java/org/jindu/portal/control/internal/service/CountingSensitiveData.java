package org.jindu.portal.control.internal.service;

import java.util.concurrent.atomic.AtomicInteger;

import org.jindu.portal.api.data.SensitiveData;

/** The test kit's field cipher, counting decryptions (lists must not decrypt). */
public final class CountingSensitiveData implements SensitiveData {
    private final SensitiveData delegate;
    /** Calls of {@link #decrypt} with a value (a null phone costs nothing). */
    public final AtomicInteger decrypts = new AtomicInteger();

    public CountingSensitiveData(SensitiveData delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encrypt(String plain) {
        return delegate.encrypt(plain);
    }

    @Override
    public String decrypt(String cipherText) {
        if (cipherText != null) {
            decrypts.incrementAndGet();
        }
        return delegate.decrypt(cipherText);
    }

    @Override
    public String blindIndex(String value) {
        return delegate.blindIndex(value);
    }
}
