package org.jindu.portal.core.internal.files;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Files at rest: AES-256-GCM in chunks of 64 KiB, so that a 20 MB evidence file is never held whole in memory and a
 * damaged or altered chunk is caught where it is. Layout: {@code "JDF1"}, the key id (one length byte, ASCII), then
 * per chunk a random 12-byte nonce and the chunk's ciphertext with its tag. Each chunk's associated data is the file
 * id, the chunk's index and whether it is the last: a file's bytes cannot be passed off as another file's, chunks
 * cannot be reordered, and cutting the file at a chunk boundary is detected. The key id names the key that wrote the
 * file, for key rotation.
 */
final class FileCipher {
    static final byte[] MAGIC = {'J', 'D', 'F', '1'};
    static final int CHUNK = 64 * 1024;
    private static final int NONCE = 12;
    private static final int TAG = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    FileCipher(byte[] key, String keyId) {
        this.key = new SecretKeySpec(Arrays.copyOf(key, 32), "AES");
        this.keyId = keyId;
    }

    String keyId() {
        return keyId;
    }

    /** Whether these first bytes start an encrypted file (files stored before encryption are plain). */
    static boolean isEncrypted(byte[] head, int length) {
        return length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
    }

    /** An output stream that encrypts what is written to it into {@code out}; close it to write the last chunk. */
    OutputStream encrypt(OutputStream out, String fileId) throws IOException {
        out.write(MAGIC);
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        out.write(id.length);
        out.write(id);
        return new FilterOutputStream(out) {
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK);
            private long index;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    if (buffer.size() == CHUNK) {
                        chunk(false);
                    }
                    int n = Math.min(len, CHUNK - buffer.size());
                    buffer.write(b, off, n);
                    off += n;
                    len -= n;
                }
            }

            private void chunk(boolean last) throws IOException {
                byte[] nonce = new byte[NONCE];
                RANDOM.nextBytes(nonce);
                out.write(nonce);
                out.write(crypt(Cipher.ENCRYPT_MODE, nonce, aad(fileId, index++, last), buffer.toByteArray()));
                buffer.reset();
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    chunk(true);
                    out.close();
                }
            }
        };
    }

    /**
     * The plain content of an encrypted file; a wrong key, another file's bytes, an altered, reordered or missing
     * chunk fail with an {@link IOException} at the chunk concerned.
     */
    InputStream decrypt(InputStream in, String fileId) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not an encrypted portal file");
        }
        int idLength = in.read();
        String storedKeyId = new String(in.readNBytes(Math.max(0, idLength)), StandardCharsets.US_ASCII);
        if (!storedKeyId.equals(keyId)) {
            throw new IOException("file " + fileId + " was encrypted with key " + storedKeyId + ", not the current key " + keyId);
        }
        java.io.PushbackInputStream source = new java.io.PushbackInputStream(in, 1);
        return new InputStream() {
            private byte[] plain = new byte[0];
            private int position;
            private long index;
            private boolean done;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                while (position == plain.length) {
                    if (done) {
                        return -1;
                    }
                    next();
                }
                int n = Math.min(len, plain.length - position);
                System.arraycopy(plain, position, b, off, n);
                position += n;
                return n;
            }

            private void next() throws IOException {
                byte[] nonce = source.readNBytes(NONCE);
                byte[] sealed = source.readNBytes(CHUNK + TAG);
                if (nonce.length < NONCE || sealed.length < TAG) {
                    throw new IOException("file " + fileId + " is cut short");
                }
                int peek = source.read();
                boolean last = peek < 0;
                if (!last) {
                    source.unread(peek);
                }
                plain = crypt(Cipher.DECRYPT_MODE, nonce, aad(fileId, index++, last), sealed);
                position = 0;
                done = last;
            }

            @Override
            public void close() throws IOException {
                source.close();
            }
        };
    }

    private static byte[] aad(String fileId, long index, boolean last) {
        byte[] id = fileId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(id.length + 9).put(id).putLong(index).put((byte) (last ? 1 : 0)).array();
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] aad, byte[] data) throws IOException {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(TAG * 8, nonce));
            c.updateAAD(aad);
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IOException("file content failed its integrity check (altered, another file's, or another key)", e);
        }
    }
}
