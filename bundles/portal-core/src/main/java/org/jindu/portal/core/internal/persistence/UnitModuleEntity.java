package org.jindu.portal.core.internal.persistence;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "CORE_UNIT_MODULE")
@IdClass(UnitModuleEntity.Key.class)
public class UnitModuleEntity {
    @Id
    @Column(name = "UNIT_CODE")
    private String unitCode;
    @Id
    @Column(name = "MODULE_ID")
    private String moduleId;
    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;
    @Column(name = "CHANGED_AT", nullable = false)
    private LocalDateTime changedAt;
    @Column(name = "CHANGED_BY")
    private String changedBy;

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public void setChangedAt(LocalDateTime changedAt) {
        this.changedAt = changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public void setChangedBy(String changedBy) {
        this.changedBy = changedBy;
    }


    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String unitCode;
        public String moduleId;

        public Key() {
        }

        public Key(String unitCode, String moduleId) {
            this.unitCode = unitCode;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Objects.equals(((Key) o).unitCode, unitCode)
                    && Objects.equals(((Key) o).moduleId, moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitCode, moduleId);
        }
    }
}
