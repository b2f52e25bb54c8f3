package org.jindu.portal.assessment.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ASM_TOWN_ASSESSMENT")
public class TownAssessmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "ORG_NODE_ID", nullable = false)
    private long orgNodeId;
    @Column(name = "ASSESS_YEAR", nullable = false)
    private int year;
    @Column(name = "SCORE", nullable = false)
    private double score;
    @Column(name = "STANDARD_PASSED", nullable = false)
    private boolean standardPassed;
    @Column(name = "VETO_NOTE", length = 2000)
    private String vetoNote;
    @Column(name = "ASSESSED_ON", nullable = false)
    private LocalDate assessedOn;
    @Column(name = "ASSESSOR", nullable = false)
    private String assessor;
    @Column(name = "OPINION", length = 4000)
    private String opinion;
    @Column(name = "COVERAGE", nullable = false)
    private double coverage;
    @Column(name = "ELIGIBLE", nullable = false)
    private boolean eligible;
    @Column(name = "TITLE_ID")
    private Long titleId;
    @Column(name = "RECORDED_BY", nullable = false)
    private String recordedBy;
    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;
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

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public double getScore() {
        return score;
    }

    public void setScore(double score) {
        this.score = score;
    }

    public boolean isStandardPassed() {
        return standardPassed;
    }

    public void setStandardPassed(boolean standardPassed) {
        this.standardPassed = standardPassed;
    }

    public String getVetoNote() {
        return vetoNote;
    }

    public void setVetoNote(String vetoNote) {
        this.vetoNote = vetoNote;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getAssessor() {
        return assessor;
    }

    public void setAssessor(String assessor) {
        this.assessor = assessor;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public double getCoverage() {
        return coverage;
    }

    public void setCoverage(double coverage) {
        this.coverage = coverage;
    }

    public boolean isEligible() {
        return eligible;
    }

    public void setEligible(boolean eligible) {
        this.eligible = eligible;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(LocalDateTime recordedAt) {
        this.recordedAt = recordedAt;
    }

}
