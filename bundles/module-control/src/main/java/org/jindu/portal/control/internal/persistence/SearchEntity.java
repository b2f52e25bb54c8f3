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

/** A hidden-user discovery (清隐) or a lost-contact search (清零) with its actions until found or closed (CT-5). */
@Entity
@Table(name = "CTL_SEARCH")
public class SearchEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "KIND", nullable = false, length = 8)
    private String kind;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "NODE_ID", nullable = false)
    private long nodeId;
    @Column(name = "SOURCE", nullable = false, length = 200)
    private String source;
    @Column(name = "DESCRIPTION", length = 2000)
    private String description;
    @Column(name = "OPENED", nullable = false)
    private LocalDate opened;
    @Column(name = "STATE", nullable = false, length = 8)
    private String state;
    @Column(name = "OUTCOME", length = 1000)
    private String outcome;
    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;
    @Column(name = "ACTIONS", length = 16000)
    private String actions;
    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public long getNodeId() {
        return nodeId;
    }

    public void setNodeId(long nodeId) {
        this.nodeId = nodeId;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getOpened() {
        return opened;
    }

    public void setOpened(LocalDate opened) {
        this.opened = opened;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
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
}
