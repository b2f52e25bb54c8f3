package org.jindu.portal.core.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A module package the portal installed (upload or deploy folder), or the version that ran before the first one (a
 * feature of the distribution, or a bundle installed by other means), with its status: CURRENT, PREVIOUS (what a roll
 * back goes to), SUPERSEDED, RETIRED (rolled back from) or REMOVED.
 */
@Entity
@Table(name = "CORE_MODULE_PACKAGE")
public class ModulePackageEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "MODULE_ID", nullable = false)
    private String moduleId;
    @Column(name = "BUNDLE_NAME", nullable = false)
    private String bundleName;
    @Column(name = "BUNDLE_VERSION", nullable = false)
    private String bundleVersion;
    @Column(name = "PACKAGE_KIND", nullable = false)
    private String kind;
    @Column(name = "SOURCE", nullable = false)
    private String source;
    @Column(name = "FILE_NAME")
    private String fileName;
    @Column(name = "STORAGE_PATH")
    private String storagePath;
    @Column(name = "FEATURE_NAME")
    private String featureName;
    @Column(name = "SHA256")
    private String sha256;
    @Column(name = "SCHEMA_KNOWN", nullable = false)
    private int schemaKnown;
    @Column(name = "SIGNER")
    private String signer;
    @Column(name = "STATUS", nullable = false)
    private String status;
    @Column(name = "INSTALLED_AT", nullable = false)
    private LocalDateTime installedAt;
    @Column(name = "INSTALLED_BY", nullable = false)
    private String installedBy;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    public String getBundleName() {
        return bundleName;
    }

    public void setBundleName(String bundleName) {
        this.bundleName = bundleName;
    }

    public String getBundleVersion() {
        return bundleVersion;
    }

    public void setBundleVersion(String bundleVersion) {
        this.bundleVersion = bundleVersion;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getStoragePath() {
        return storagePath;
    }

    public void setStoragePath(String storagePath) {
        this.storagePath = storagePath;
    }

    public String getFeatureName() {
        return featureName;
    }

    public void setFeatureName(String featureName) {
        this.featureName = featureName;
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    public int getSchemaKnown() {
        return schemaKnown;
    }

    public void setSchemaKnown(int schemaKnown) {
        this.schemaKnown = schemaKnown;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDateTime getInstalledAt() {
        return installedAt;
    }

    public void setInstalledAt(LocalDateTime installedAt) {
        this.installedAt = installedAt;
    }

    public String getInstalledBy() {
        return installedBy;
    }

    public void setInstalledBy(String installedBy) {
        this.installedBy = installedBy;
    }
}
