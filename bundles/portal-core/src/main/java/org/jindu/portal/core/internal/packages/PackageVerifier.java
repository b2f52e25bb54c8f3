package org.jindu.portal.core.internal.packages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.schema.SchemaReady;

/**
 * Checks a module package before anything in the running portal changes: that it is a complete jar or KAR, signed by
 * a publisher in the trust store (every entry, unaltered since), and that it declares a portal module. Plain Java
 * ({@link JarFile}'s own verification), so that it is unit-tested without a framework.
 */
final class PackageVerifier {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__[A-Za-z0-9_\\-]+\\.sql");

    private PackageVerifier() {
    }

    /**
     * @param trusted        the publishers' certificates
     * @param allowUnsigned  whether an unsigned package may be installed (development and demo only)
     * @throws PackageRefusedException naming why the package is refused
     */
    static PackageContents verify(Path file, Collection<X509Certificate> trusted, boolean allowUnsigned) throws IOException {
        List<PackageContents.BundleHeaders> bundles = new ArrayList<>();
        String kind;
        Set<CodeSigner> signers = null;
        boolean unsignedEntry = false;
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            Manifest mf = jar.getManifest();
            kind = mf != null && mf.getMainAttributes().getValue("Bundle-SymbolicName") != null ? "JAR" : "KAR";
            List<String> names = new ArrayList<>();
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                byte[] content;
                try (InputStream in = jar.getInputStream(e)) {
                    // reading the whole entry is what makes JarFile check its digest against the signed manifest
                    content = in.readAllBytes();
                } catch (SecurityException tampered) {
                    throw new PackageRefusedException(Text.of("安装包在签名后被改动 (" + e.getName() + ")，拒绝安装",
                            "the package was altered after it was signed (" + e.getName() + "); refused"));
                }
                if (isSignatureFile(e.getName())) {
                    continue;
                }
                CodeSigner[] s = e.getCodeSigners();
                if (s == null) {
                    unsignedEntry = true;
                } else if (signers == null) {
                    signers = new HashSet<>(Arrays.asList(s));
                } else {
                    signers.retainAll(Arrays.asList(s));
                }
                String name = e.getName();
                if ("KAR".equals(kind) && name.startsWith("repository/") && name.endsWith(".jar")) {
                    PackageContents.BundleHeaders b = nested(name, content);
                    if (b != null) {
                        bundles.add(b);
                    }
                } else {
                    names.add(name);
                }
            }
            if ("JAR".equals(kind)) {
                bundles.add(headers(mf, null, names));
            }
        } catch (ZipException | SecurityException damaged) {
            throw new PackageRefusedException(Text.of("不是完整的 jar 或 KAR 文件: " + damaged.getMessage(),
                    "not a complete jar or KAR file: " + damaged.getMessage()));
        }
        String signer = null;
        if (signers == null && !unsignedEntry) {
            throw new PackageRefusedException(Text.of("安装包是空的", "the package is empty"));
        }
        if (signers == null) {
            if (!allowUnsigned) {
                throw new PackageRefusedException(Text.of("安装包未签名。只安装信任库 (etc/portal-trust) 中发布者签名的模块包",
                        "the package is not signed; only packages signed by a publisher in the trust store (etc/portal-trust) are installed"));
            }
        } else if (unsignedEntry || signers.isEmpty()) {
            throw new PackageRefusedException(Text.of("安装包只有部分内容经过签名，拒绝安装", "only part of the package is signed; refused"));
        } else {
            signer = trustedSigner(signers, trusted);
        }
        if (bundles.stream().noneMatch(b -> b.moduleId() != null)) {
            throw new PackageRefusedException(Text.of("不是门户模块: 清单中没有 " + ModuleDescriptor.MANIFEST_HEADER + " 头",
                    "not a portal module: no bundle in it declares the " + ModuleDescriptor.MANIFEST_HEADER + " header"));
        }
        return new PackageContents(kind, bundles, signer);
    }

    /** The subject of the first signer whose certificate chain holds a trusted certificate. */
    private static String trustedSigner(Set<CodeSigner> signers, Collection<X509Certificate> trusted) {
        String seen = null;
        for (CodeSigner s : signers) {
            List<? extends Certificate> chain = s.getSignerCertPath().getCertificates();
            X509Certificate signerCert = (X509Certificate) chain.get(0);
            seen = signerCert.getSubjectX500Principal().getName();
            if (chain.stream().anyMatch(trusted::contains)) {
                try {
                    signerCert.checkValidity();
                } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                    throw new PackageRefusedException(Text.of("发布者证书 " + seen + " 不在有效期内 (" + signerCert.getNotAfter() + ")",
                            "the publisher certificate " + seen + " is not valid now (valid until " + signerCert.getNotAfter() + ")"));
                }
                return seen;
            }
        }
        throw new PackageRefusedException(Text.of("安装包由 " + seen + " 签名，该发布者不在信任库 (etc/portal-trust) 中",
                "the package is signed by " + seen + ", a publisher not in the trust store (etc/portal-trust)"));
    }

    private static boolean isSignatureFile(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (!n.startsWith("META-INF/") || n.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return n.equals("META-INF/MANIFEST.MF") || n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA")
                || n.endsWith(".EC") || n.startsWith("META-INF/SIG-");
    }

    /** A bundle inside a KAR's repository, or {@code null} for a plain library jar. */
    private static PackageContents.BundleHeaders nested(String entryName, byte[] content) throws IOException {
        List<String> names = new ArrayList<>();
        Manifest mf;
        try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(content))) {
            mf = in.getManifest();
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                names.add(e.getName());
            }
        }
        if (mf == null || mf.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
            return null;
        }
        return headers(mf, entryName, names);
    }

    private static PackageContents.BundleHeaders headers(Manifest mf, String entryName, List<String> entryNames) {
        Attributes a = mf == null ? new Attributes() : mf.getMainAttributes();
        String bsn = a.getValue("Bundle-SymbolicName");
        if (bsn == null) {
            throw new PackageRefusedException(Text.of("不是 OSGi bundle: 清单中没有 Bundle-SymbolicName",
                    "not an OSGi bundle: the manifest has no Bundle-SymbolicName"));
        }
        String version = a.getValue("Bundle-Version") == null ? "0.0.0" : a.getValue("Bundle-Version").strip();
        String module = a.getValue(ModuleDescriptor.MANIFEST_HEADER);
        String folder = a.getValue(SchemaReady.MANIFEST_HEADER);
        int schema = 0;
        if (folder != null) {
            String prefix = folder.strip().replaceAll("^/+|/+$", "") + "/";
            for (String n : entryNames) {
                if (n.startsWith(prefix)) {
                    Matcher m = MIGRATION.matcher(n.substring(prefix.length()));
                    if (m.matches()) {
                        schema = Math.max(schema, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        return new PackageContents.BundleHeaders(bsn.split(";")[0].strip(), version,
                module == null || module.isBlank() ? null : module.strip(), entryName, schema);
    }
}
