package org.jindu.portal.assessment.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "ASM_TITLE")
public class TitleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "ORG_NODE_ID", nullable = false)
    private long orgNodeId;
    @Column(name = "STD_LEVEL", nullable = false)
    private String level;
    @Column(name = "APPLICATION_ID")
    private Long applicationId;
    @Column(name = "AWARDED_ON", nullable = false)
    private LocalDate awardedOn;
    @Column(name = "STATUS", nullable = false)
    private String status;
    @Column(name = "PROPOSAL_NOTE", length = 2000)
    private String proposalNote;
    @Column(name = "REVOKED_ON")
    private LocalDate revokedOn;
    @Column(name = "REVOCATION_REASON")
    private String revocationReason;
    @Column(name = "REVOCATION_NOTE", length = 2000)
    private String revocationNote;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getOrgNodeId() {
        return orgNodeId;
    }

    public void setOrgNodeId(long orgNodeId) {
        this.orgNodeId = orgNodeId;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public void setAwardedOn(LocalDate awardedOn) {
        this.awardedOn = awardedOn;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getProposalNote() {
        return proposalNote;
    }

    public void setProposalNote(String proposalNote) {
        this.proposalNote = proposalNote;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public void setRevokedOn(LocalDate revokedOn) {
        this.revokedOn = revokedOn;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public void setRevocationReason(String revocationReason) {
        this.revocationReason = revocationReason;
    }

    public String getRevocationNote() {
        return revocationNote;
    }

    public void setRevocationNote(String revocationNote) {
        this.revocationNote = revocationNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public int getRowVersion() {
        return rowVersion;
    }

    public void setRowVersion(int rowVersion) {
        this.rowVersion = rowVersion;
    }

}
