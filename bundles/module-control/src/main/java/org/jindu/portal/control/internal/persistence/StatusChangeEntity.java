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

/** A dated status transition with its legal basis (CT-2). */
@Entity
@Table(name = "CTL_STATUS_CHANGE")
public class StatusChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "FROM_STATUS", length = 24)
    private String fromStatus;
    @Column(name = "TO_STATUS", nullable = false, length = 24)
    private String toStatus;
    @Column(name = "CHANGE_DATE", nullable = false)
    private LocalDate changeDate;
    @Column(name = "LEGAL_BASIS", nullable = false, length = 200)
    private String legalBasis;
    @Column(name = "NOTE", length = 1000)
    private String note;
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

    public String getFromStatus() {
        return fromStatus;
    }

    public void setFromStatus(String fromStatus) {
        this.fromStatus = fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public void setToStatus(String toStatus) {
        this.toStatus = toStatus;
    }

    public LocalDate getChangeDate() {
        return changeDate;
    }

    public void setChangeDate(LocalDate changeDate) {
        this.changeDate = changeDate;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
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
