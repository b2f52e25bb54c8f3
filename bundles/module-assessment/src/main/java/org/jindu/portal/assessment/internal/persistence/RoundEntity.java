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
@Table(name = "ASM_ROUND")
public class RoundEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "ORG_NODE_ID", nullable = false)
    private long orgNodeId;
    @Column(name = "ROUND_YEAR", nullable = false)
    private int year;
    @Column(name = "STD_LEVEL", nullable = false)
    private String level;
    @Column(name = "NAME", nullable = false)
    private String name;
    @Column(name = "STANDARD_ID", nullable = false)
    private long standardId;
    @Column(name = "CYCLE_MONTHS", nullable = false)
    private int cycleMonths;
    @Column(name = "APPLY_UNTIL")
    private LocalDate applyUntil;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;
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

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getStandardId() {
        return standardId;
    }

    public void setStandardId(long standardId) {
        this.standardId = standardId;
    }

    public int getCycleMonths() {
        return cycleMonths;
    }

    public void setCycleMonths(int cycleMonths) {
        this.cycleMonths = cycleMonths;
    }

    public LocalDate getApplyUntil() {
        return applyUntil;
    }

    public void setApplyUntil(LocalDate applyUntil) {
        this.applyUntil = applyUntil;
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
