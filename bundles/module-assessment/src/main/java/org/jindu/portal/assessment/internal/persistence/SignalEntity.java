package org.jindu.portal.assessment.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ASM_SIGNAL")
public class SignalEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "ORG_NODE_ID", nullable = false)
    private long orgNodeId;
    @Column(name = "SIGNAL_YEAR", nullable = false)
    private int year;
    @Column(name = "SOURCE", nullable = false)
    private String source;
    @Column(name = "SIGNAL_LEVEL")
    private String level;
    @Column(name = "DETAIL", length = 2000)
    private String detail;
    @Column(name = "RECEIVED_AT", nullable = false)
    private LocalDateTime receivedAt;
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

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

}
