package org.jindu.portal.core.internal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.jindu.portal.core.internal.domain.HashChain;

/**
 * The chain's head as this node last sealed or saw it, kept outside the database (under {@code data/}), with a MAC
 * under the chain's key: after a restart, a chain that ends before it (deleted tail) or holds another entry at its
 * position (replaced or rewritten database) is caught. It only moves forward, and only past an entry that is still
 * the one it recorded.
 */
final class Checkpoint {
    record Head(long seq, String hash) {
    }

    private final Path file;
    private final HashChain chain;

    Checkpoint(Path file, HashChain chain) {
        this.file = file;
        this.chain = chain;
    }

    Path file() {
        return file;
    }

    /** The recorded head; empty when there is none yet. A file whose MAC does not match is reported as such. */
    Optional<Head> read() throws TamperedException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            if (parts.length != 3 || !chain.mac(text(Long.parseLong(parts[0]), parts[1])).equals(parts[2])) {
                throw new TamperedException("the checkpoint " + file + " was not written with the portal's key");
            }
            return Optional.of(new Head(Long.parseLong(parts[0]), parts[1]));
        } catch (NumberFormatException e) {
            throw new TamperedException("the checkpoint " + file + " is not readable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(long seq, String hash) {
        try {
            Files.createDirectories(file.getParent());
            // a temporary file of its own (an instance still stopping may write too), on disk before it replaces the old
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap((seq + " " + hash + " " + chain.mac(text(seq, hash)) + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(long seq, String hash) {
        return "jindu-portal audit checkpoint|" + seq + "|" + hash;
    }

    static final class TamperedException extends Exception {
        private static final long serialVersionUID = 1L;

        TamperedException(String message) {
            super(message);
        }
    }
}
