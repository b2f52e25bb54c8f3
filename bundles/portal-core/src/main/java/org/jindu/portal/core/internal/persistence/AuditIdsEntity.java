package org.jindu.portal.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The record ids of a list read, kept once and referenced by the entries that read it ({@code @} and their SHA-256). */
@Entity
@Table(name = "CORE_AUDIT_IDS")
public class AuditIdsEntity {
    @Id
    @Column(name = "REF")
    private String ref;
    @Column(name = "RECORD_IDS", nullable = false, length = 30000)
    private String recordIds;

    public String getRef() {
        return ref;
    }

    public String getRecordIds() {
        return recordIds;
    }
}
