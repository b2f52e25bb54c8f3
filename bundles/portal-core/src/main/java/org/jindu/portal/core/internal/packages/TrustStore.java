package org.jindu.portal.core.internal.packages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publishers whose module packages the portal installs: the certificates (PEM or DER, one or more per file) in a
 * folder the operator manages ({@code etc/portal-trust}). Read at every check, so that adding or removing a file takes
 * effect at once and there is no copy in memory to go stale.
 */
final class TrustStore {
    private static final Logger LOG = LoggerFactory.getLogger(TrustStore.class);

    private TrustStore() {
    }

    static List<X509Certificate> load(Path dir) {
        List<X509Certificate> result = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return result;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{pem,crt,cer,der}")) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    for (Certificate c : factory.generateCertificates(in)) {
                        result.add((X509Certificate) c);
                    }
                } catch (IOException | CertificateException e) {
                    LOG.warn("Trust store: {} is not a certificate and is ignored: {}", f, e.getMessage());
                }
            }
        } catch (IOException | CertificateException e) {
            LOG.warn("Trust store {} cannot be read: {}", dir, e.getMessage());
        }
        return result;
    }
}
