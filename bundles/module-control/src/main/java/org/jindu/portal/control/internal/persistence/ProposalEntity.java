package org.jindu.portal.control.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A status change proposed by a violation, for the office to decide (CT-4). */
@Entity
@Table(name = "CTL_PROPOSAL")
public class ProposalEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "WORK_ID")
    private Long workId;
    @Column(name = "PROPOSED_STATUS", nullable = false, length = 24)
    private String proposedStatus;
    @Column(name = "REASON", nullable = false, length = 500)
    private String reason;
    @Column(name = "STATE", nullable = false, length = 16)
    private String state;
    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;
    @Column(name = "DECIDED_AT")
    private LocalDateTime decidedAt;
    @Column(name = "DECISION_NOTE", length = 1000)
    private String decisionNote;
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;
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

    public Long getWorkId() {
        return workId;
    }

    public void setWorkId(Long workId) {
        this.workId = workId;
    }

    public String getProposedStatus() {
        return proposedStatus;
    }

    public void setProposedStatus(String proposedStatus) {
        this.proposedStatus = proposedStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(LocalDateTime decidedAt) {
        this.decidedAt = decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
