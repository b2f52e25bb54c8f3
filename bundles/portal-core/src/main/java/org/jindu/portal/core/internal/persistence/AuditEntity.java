package org.jindu.portal.core.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "CORE_AUDIT")
public class AuditEntity {
    /** Assigned by the audit service, not by the database: the chain needs gap-free numbers. */
    @Id
    @Column(name = "SEQ")
    private long seq;
    @Column(name = "EVENT_TIME", nullable = false)
    private LocalDateTime time;
    @Column(name = "ACTOR_ID", nullable = false)
    private long actorId;
    @Column(name = "ACTOR", nullable = false)
    private String actor;
    @Column(name = "AUDIT_ACTION", nullable = false)
    private String action;
    @Column(name = "MODULE_ID", nullable = false)
    private String moduleId;
    @Column(name = "RECORD_TYPE")
    private String recordType;
    @Column(name = "RECORD_ID")
    private String recordId;
    @Column(name = "RECORD_IDS", length = 30000)
    private String recordIds;
    @Column(name = "ORG_NODE_ID")
    private Long orgNodeId;
    @Column(name = "DETAIL", length = 2000)
    private String detail;
    @Column(name = "PREV_HASH", nullable = false)
    private String prevHash;
    @Column(name = "HASH", nullable = false)
    private String hash;

    public long getSeq() {
        return seq;
    }

    public void setSeq(long seq) {
        this.seq = seq;
    }

    public LocalDateTime getTime() {
        return time;
    }

    public void setTime(LocalDateTime time) {
        this.time = time;
    }

    public long getActorId() {
        return actorId;
    }

    public void setActorId(long actorId) {
        this.actorId = actorId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public Long getOrgNodeId() {
        return orgNodeId;
    }

    public void setOrgNodeId(Long orgNodeId) {
        this.orgNodeId = orgNodeId;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public void setPrevHash(String prevHash) {
        this.prevHash = prevHash;
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }


    public String getRecordIds() {
        return recordIds;
    }

    public void setRecordIds(String recordIds) {
        this.recordIds = recordIds;
    }
}
