package org.jindu.portal.core.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "CORE_FILE")
public class FileEntity {
    @Id
    @Column(name = "ID")
    private String id;
    @Column(name = "MODULE_ID", nullable = false)
    private String moduleId;
    @Column(name = "OWNER_TYPE", nullable = false)
    private String ownerType;
    @Column(name = "OWNER_ID", nullable = false)
    private String ownerId;
    @Column(name = "ORG_NODE_ID")
    private Long orgNodeId;
    @Column(name = "NAME", nullable = false)
    private String name;
    @Column(name = "CONTENT_TYPE", nullable = false)
    private String contentType;
    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;
    @Column(name = "SHA256", nullable = false)
    private String sha256;
    @Column(name = "STORAGE_PATH", nullable = false)
    private String storagePath;
    @Column(name = "UPLOADED_BY", nullable = false)
    private String uploadedBy;
    @Column(name = "UPLOADED_AT", nullable = false)
    private LocalDateTime uploadedAt;
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    public String getOwnerType() {
        return ownerType;
    }

    public void setOwnerType(String ownerType) {
        this.ownerType = ownerType;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(String ownerId) {
        this.ownerId = ownerId;
    }

    public Long getOrgNodeId() {
        return orgNodeId;
    }

    public void setOrgNodeId(Long orgNodeId) {
        this.orgNodeId = orgNodeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public long getSize() {
        return size;
    }

    public void setSize(long size) {
        this.size = size;
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    public String getStoragePath() {
        return storagePath;
    }

    public void setStoragePath(String storagePath) {
        this.storagePath = storagePath;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public void setUploadedBy(String uploadedBy) {
        this.uploadedBy = uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public void setUploadedAt(LocalDateTime uploadedAt) {
        this.uploadedAt = uploadedAt;
    }

}
