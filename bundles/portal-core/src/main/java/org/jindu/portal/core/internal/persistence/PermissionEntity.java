package org.jindu.portal.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "CORE_PERMISSION")
public class PermissionEntity {
    @Id
    @Column(name = "PERMISSION_ID")
    private String permissionId;
    @Column(name = "MODULE_ID", nullable = false)
    private String moduleId;
    @Column(name = "NAME", nullable = false)
    private String name;
    @Column(name = "NAME_EN")
    private String nameEn;
    /** null: not decided yet (take the module's default); "": any unit; else a comma list of unit kinds. */
    @Column(name = "UNIT_KINDS", length = 200)
    private String unitKinds;

    public String getUnitKinds() {
        return unitKinds;
    }

    public void setUnitKinds(String unitKinds) {
        this.unitKinds = unitKinds;
    }

    public String getPermissionId() {
        return permissionId;
    }

    public void setPermissionId(String permissionId) {
        this.permissionId = permissionId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

}
