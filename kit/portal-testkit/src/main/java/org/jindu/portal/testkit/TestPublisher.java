package org.jindu.portal.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import jdk.security.jarsigner.JarSigner;

/**
 * A module publisher for tests: an RSA key with a self-signed certificate, made by the JDK's own {@code keytool}, that
 * signs jars and KARs the way a publisher signs the packages an operator trusts ({@code etc/portal-trust}).
 */
public final class TestPublisher {
    private static final char[] PASSWORD = "changeit".toCharArray();

    private final PrivateKey key;
    private final CertPath path;
    private final X509Certificate certificate;

    private TestPublisher(PrivateKey key, CertPath path) {
        this.key = key;
        this.path = path;
        this.certificate = (X509Certificate) path.getCertificates().get(0);
    }

    /** A new publisher whose certificate's subject is {@code CN=<name>, O=Jindu portal tests}; its keystore goes into {@code dir}. */
    public static TestPublisher create(Path dir, String name) throws IOException, GeneralSecurityException, InterruptedException {
        Files.createDirectories(dir);
        Path store = dir.resolve(name.replaceAll("[^A-Za-z0-9]", "_") + ".p12");
        if (!Files.exists(store)) {
            Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "publisher", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                    "-dname", "CN=" + name + ", O=Jindu portal tests", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, PASSWORD);
        }
        Certificate[] chain = ks.getCertificateChain("publisher");
        CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(Arrays.asList(chain));
        return new TestPublisher((PrivateKey) ks.getKey("publisher", PASSWORD), path);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** Writes the certificate as PEM, as an operator puts it into the trust store. */
    public Path writeCertificate(Path file) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        return Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }

    /** Signs {@code jar} into {@code signed} (SHA-256 digests, SHA256withRSA). */
    public Path sign(Path jar, Path signed) throws IOException, GeneralSecurityException {
        JarSigner signer = new JarSigner.Builder(key, path).digestAlgorithm("SHA-256").signatureAlgorithm("SHA256withRSA")
                .signerName("JINDU").build();
        Files.createDirectories(signed.toAbsolutePath().getParent());
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            signer.sign(in, out);
        }
        return signed;
    }
}
