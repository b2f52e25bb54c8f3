package org.jindu.portal.control.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A risk-tier change with its reason (CT-3). */
@Entity
@Table(name = "CTL_TIER_CHANGE")
public class TierChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "FROM_TIER", length = 4)
    private String fromTier;
    @Column(name = "TO_TIER", nullable = false, length = 4)
    private String toTier;
    @Column(name = "CHANGE_DATE", nullable = false)
    private LocalDate changeDate;
    @Column(name = "REASON", nullable = false, length = 500)
    private String reason;
    @Column(name = "BY_USER", nullable = false, length = 64)
    private String byUser;
    @Column(name = "AT_TIME", nullable = false)
    private LocalDateTime at;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public void setPersonId(long personId) {
        this.personId = personId;
    }

    public String getFromTier() {
        return fromTier;
    }

    public void setFromTier(String fromTier) {
        this.fromTier = fromTier;
    }

    public String getToTier() {
        return toTier;
    }

    public void setToTier(String toTier) {
        this.toTier = toTier;
    }

    public LocalDate getChangeDate() {
        return changeDate;
    }

    public void setChangeDate(LocalDate changeDate) {
        this.changeDate = changeDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getByUser() {
        return byUser;
    }

    public void setByUser(String byUser) {
        this.byUser = byUser;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }
}
