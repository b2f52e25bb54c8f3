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
@Table(name = "ASM_APPLICATION")
public class ApplicationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;
    @Column(name = "ORG_NODE_ID", nullable = false)
    private long orgNodeId;
    @Column(name = "STATE", nullable = false)
    private String state;
    @Column(name = "CONTACT_NAME")
    private String contactName;
    @Column(name = "CONTACT_PHONE")
    private String contactPhone;
    @Column(name = "PLAN_TEXT", length = 8000)
    private String plan;
    @Column(name = "SELF_SCORE")
    private Double selfScore;
    @Column(name = "SELF_ASSESSMENT", length = 4000)
    private String selfAssessment;
    @Column(name = "ACCEPTED_ON")
    private LocalDate acceptedOn;
    @Column(name = "CYCLE_END")
    private LocalDate cycleEnd;
    @Column(name = "STANDARD_ID")
    private Long standardId;
    @Column(name = "TOTAL_SCORE")
    private Double totalScore;
    @Column(name = "PASSED")
    private Boolean passed;
    @Column(name = "VETO_ITEMS")
    private String vetoItems;
    @Column(name = "SUPERVISION_RATING")
    private String supervisionRating;
    @Column(name = "SUPERVISION_OPINION", length = 4000)
    private String supervisionOpinion;
    @Column(name = "DECISION_REASON", length = 2000)
    private String decisionReason;
    @Column(name = "DISQUALIFY_NOTICE", length = 4000)
    private String disqualifyNotice;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getRoundId() {
        return roundId;
    }

    public void setRoundId(long roundId) {
        this.roundId = roundId;
    }

    public long getOrgNodeId() {
        return orgNodeId;
    }

    public void setOrgNodeId(long orgNodeId) {
        this.orgNodeId = orgNodeId;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public Double getSelfScore() {
        return selfScore;
    }

    public void setSelfScore(Double selfScore) {
        this.selfScore = selfScore;
    }

    public String getSelfAssessment() {
        return selfAssessment;
    }

    public void setSelfAssessment(String selfAssessment) {
        this.selfAssessment = selfAssessment;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public void setAcceptedOn(LocalDate acceptedOn) {
        this.acceptedOn = acceptedOn;
    }

    public LocalDate getCycleEnd() {
        return cycleEnd;
    }

    public void setCycleEnd(LocalDate cycleEnd) {
        this.cycleEnd = cycleEnd;
    }

    public Long getStandardId() {
        return standardId;
    }

    public void setStandardId(Long standardId) {
        this.standardId = standardId;
    }

    public Double getTotalScore() {
        return totalScore;
    }

    public void setTotalScore(Double totalScore) {
        this.totalScore = totalScore;
    }

    public Boolean getPassed() {
        return passed;
    }

    public void setPassed(Boolean passed) {
        this.passed = passed;
    }

    public String getVetoItems() {
        return vetoItems;
    }

    public void setVetoItems(String vetoItems) {
        this.vetoItems = vetoItems;
    }

    public String getSupervisionRating() {
        return supervisionRating;
    }

    public void setSupervisionRating(String supervisionRating) {
        this.supervisionRating = supervisionRating;
    }

    public String getSupervisionOpinion() {
        return supervisionOpinion;
    }

    public void setSupervisionOpinion(String supervisionOpinion) {
        this.supervisionOpinion = supervisionOpinion;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public String getDisqualifyNotice() {
        return disqualifyNotice;
    }

    public void setDisqualifyNotice(String disqualifyNotice) {
        this.disqualifyNotice = disqualifyNotice;
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

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public int getRowVersion() {
        return rowVersion;
    }

    public void setRowVersion(int rowVersion) {
        this.rowVersion = rowVersion;
    }

}
