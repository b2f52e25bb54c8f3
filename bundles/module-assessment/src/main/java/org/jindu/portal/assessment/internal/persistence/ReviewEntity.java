package org.jindu.portal.assessment.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ASM_REVIEW")
public class ReviewEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "TITLE_ID", nullable = false)
    private long titleId;
    @Column(name = "REVIEW_YEAR", nullable = false)
    private int year;
    @Column(name = "OUTCOME", nullable = false)
    private String outcome;
    @Column(name = "YELLOW_REASON")
    private String yellowReason;
    @Column(name = "RANKING")
    private Integer ranking;
    @Column(name = "WASTEWATER_LEVEL")
    private String wastewaterLevel;
    @Column(name = "NOTE", length = 2000)
    private String note;
    @Column(name = "REVIEWED_BY", nullable = false)
    private String reviewedBy;
    @Column(name = "REVIEWED_AT", nullable = false)
    private LocalDateTime reviewedAt;
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getTitleId() {
        return titleId;
    }

    public void setTitleId(long titleId) {
        this.titleId = titleId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getYellowReason() {
        return yellowReason;
    }

    public void setYellowReason(String yellowReason) {
        this.yellowReason = yellowReason;
    }

    public Integer getRanking() {
        return ranking;
    }

    public void setRanking(Integer ranking) {
        this.ranking = ranking;
    }

    public String getWastewaterLevel() {
        return wastewaterLevel;
    }

    public void setWastewaterLevel(String wastewaterLevel) {
        this.wastewaterLevel = wastewaterLevel;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public void setReviewedBy(String reviewedBy) {
        this.reviewedBy = reviewedBy;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public void setReviewedAt(LocalDateTime reviewedAt) {
        this.reviewedAt = reviewedAt;
    }

}
