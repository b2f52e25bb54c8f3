package org.jindu.portal.assessment.internal.persistence;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A town's coverage target and quota for one year (CA-9). */
@Entity
@Table(name = "ASM_TARGET")
@IdClass(TargetEntity.Key.class)
public class TargetEntity {
    @Id
    @Column(name = "ORG_NODE_ID")
    private long orgNodeId;
    @Id
    @Column(name = "TARGET_YEAR")
    private int year;
    @Column(name = "TARGET_PERCENT")
    private Double targetPercent;
    @Column(name = "QUOTA")
    private Integer quota;
    @Column(name = "EXTRA_QUOTA")
    private Integer extraQuota;
    @Column(name = "UPDATED_BY", nullable = false)
    private String updatedBy;
    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long orgNodeId;
        public int year;

        public Key() {
        }

        public Key(long orgNodeId, int year) {
            this.orgNodeId = orgNodeId;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).orgNodeId == orgNodeId && ((Key) o).year == year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(orgNodeId, year);
        }
    }
    public long getOrgNodeId() {
        return orgNodeId;
    }

    public void setOrgNodeId(long orgNodeId) {
        this.orgNodeId = orgNodeId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Double getTargetPercent() {
        return targetPercent;
    }

    public void setTargetPercent(Double targetPercent) {
        this.targetPercent = targetPercent;
    }

    public Integer getQuota() {
        return quota;
    }

    public void setQuota(Integer quota) {
        this.quota = quota;
    }

    public Integer getExtraQuota() {
        return extraQuota;
    }

    public void setExtraQuota(Integer extraQuota) {
        this.extraQuota = extraQuota;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

}
