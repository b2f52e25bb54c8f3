package org.jindu.portal.control.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A handover between jurisdictions (CT-6): inside the town, or with another agency over the exchange. */
@Entity
@Table(name = "CTL_HANDOVER")
public class HandoverEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "DIRECTION", nullable = false, length = 16)
    private String direction;
    @Column(name = "REFERENCE", nullable = false, length = 40)
    private String reference;
    @Column(name = "FROM_NODE_ID", nullable = false)
    private long fromNodeId;
    @Column(name = "TO_NODE_ID")
    private Long toNodeId;
    @Column(name = "EXTERNAL_PARTY", length = 200)
    private String externalParty;
    @Column(name = "REASON", nullable = false, length = 1000)
    private String reason;
    @Column(name = "STATE", nullable = false, length = 16)
    private String state;
    @Column(name = "ANSWER", length = 1000)
    private String answer;
    @Column(name = "REQUESTED_BY", nullable = false, length = 64)
    private String requestedBy;
    @Column(name = "REQUESTED_AT", nullable = false)
    private LocalDateTime requestedAt;
    @Column(name = "ANSWERED_BY", length = 64)
    private String answeredBy;
    @Column(name = "ANSWERED_AT")
    private LocalDateTime answeredAt;
    @Column(name = "IN_NAME", length = 50)
    private String inName;
    @Column(name = "IN_ID_CIPHER", length = 200)
    private String inIdCipher;
    @Column(name = "IN_STATUS", length = 24)
    private String inStatus;
    @Column(name = "IN_DRUG_TYPES", length = 200)
    private String inDrugTypes;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public long getFromNodeId() {
        return fromNodeId;
    }

    public void setFromNodeId(long fromNodeId) {
        this.fromNodeId = fromNodeId;
    }

    public Long getToNodeId() {
        return toNodeId;
    }

    public void setToNodeId(Long toNodeId) {
        this.toNodeId = toNodeId;
    }

    public String getExternalParty() {
        return externalParty;
    }

    public void setExternalParty(String externalParty) {
        this.externalParty = externalParty;
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

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(LocalDateTime requestedAt) {
        this.requestedAt = requestedAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public void setAnsweredBy(String answeredBy) {
        this.answeredBy = answeredBy;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public void setAnsweredAt(LocalDateTime answeredAt) {
        this.answeredAt = answeredAt;
    }

    public String getInName() {
        return inName;
    }

    public void setInName(String inName) {
        this.inName = inName;
    }

    public String getInIdCipher() {
        return inIdCipher;
    }

    public void setInIdCipher(String inIdCipher) {
        this.inIdCipher = inIdCipher;
    }

    public String getInStatus() {
        return inStatus;
    }

    public void setInStatus(String inStatus) {
        this.inStatus = inStatus;
    }

    public String getInDrugTypes() {
        return inDrugTypes;
    }

    public void setInDrugTypes(String inDrugTypes) {
        this.inDrugTypes = inDrugTypes;
    }
}
