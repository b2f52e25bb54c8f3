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

/** Assistance given (CT-7): employment, training, social insurance, subsidy. */
@Entity
@Table(name = "CTL_ASSISTANCE")
public class AssistanceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "NODE_ID", nullable = false)
    private long nodeId;
    @Column(name = "KIND", nullable = false, length = 20)
    private String kind;
    @Column(name = "ASSIST_DATE", nullable = false)
    private LocalDate assistDate;
    @Column(name = "PROVIDER", nullable = false, length = 200)
    private String provider;
    @Column(name = "AMOUNT")
    private java.math.BigDecimal amount;
    @Column(name = "OUTCOME", length = 1000)
    private String outcome;
    @Column(name = "BY_USER", nullable = false, length = 64)
    private String byUser;
    @Column(name = "AT_TIME", nullable = false)
    private LocalDateTime at;
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

    public LocalDate getAssistDate() {
        return assistDate;
    }

    public void setAssistDate(LocalDate assistDate) {
        this.assistDate = assistDate;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public java.math.BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(java.math.BigDecimal amount) {
        this.amount = amount;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getByUser() {
        return byUser;
    }

    public void setByUser(String byUser) {
        this.byUser = byUser;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }
}
