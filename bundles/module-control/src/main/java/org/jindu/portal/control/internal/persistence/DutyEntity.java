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

/** A tracked duty of dual control (CT-6): release pick-up (出所必接) or a custody visit (定期入所帮教). */
@Entity
@Table(name = "CTL_DUTY")
public class DutyEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "NODE_ID", nullable = false)
    private long nodeId;
    @Column(name = "KIND", nullable = false, length = 16)
    private String kind;
    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;
    @Column(name = "DONE_DATE")
    private LocalDate doneDate;
    @Column(name = "NOTE", length = 1000)
    private String note;
    @Column(name = "DONE_BY", length = 64)
    private String doneBy;
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

    public long getNodeId() {
        return nodeId;
    }

    public void setNodeId(long nodeId) {
        this.nodeId = nodeId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public LocalDate getDoneDate() {
        return doneDate;
    }

    public void setDoneDate(LocalDate doneDate) {
        this.doneDate = doneDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public void setDoneBy(String doneBy) {
        this.doneBy = doneBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
