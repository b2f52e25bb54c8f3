package org.jindu.portal.core.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "CORE_MODULE")
public class ModuleEntity {
    @Id
    @Column(name = "MODULE_ID")
    private String moduleId;
    @Column(name = "NAME", nullable = false)
    private String name;
    @Column(name = "NAME_EN")
    private String nameEn;
    @Column(name = "MODULE_VERSION")
    private String version;
    @Column(name = "BUNDLE_NAME")
    private String bundleName;
    @Column(name = "PERSONAL_DATA", nullable = false)
    private boolean personalData;
    @Column(name = "PERSONAL_DATA_ZH")
    private String personalDataZh;
    @Column(name = "PERSONAL_DATA_EN")
    private String personalDataEn;
    @Column(name = "OFFERED", nullable = false)
    private boolean offered;
    @Column(name = "FIRST_SEEN", nullable = false)
    private LocalDateTime firstSeen;
    @Column(name = "LAST_SEEN", nullable = false)
    private LocalDateTime lastSeen;

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

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getBundleName() {
        return bundleName;
    }

    public void setBundleName(String bundleName) {
        this.bundleName = bundleName;
    }

    public boolean isPersonalData() {
        return personalData;
    }

    public void setPersonalData(boolean personalData) {
        this.personalData = personalData;
    }

    public LocalDateTime getFirstSeen() {
        return firstSeen;
    }

    public void setFirstSeen(LocalDateTime firstSeen) {
        this.firstSeen = firstSeen;
    }

    public LocalDateTime getLastSeen() {
        return lastSeen;
    }

    public void setLastSeen(LocalDateTime lastSeen) {
        this.lastSeen = lastSeen;
    }


    public String getPersonalDataZh() {
        return personalDataZh;
    }

    public void setPersonalDataZh(String personalDataZh) {
        this.personalDataZh = personalDataZh;
    }

    public String getPersonalDataEn() {
        return personalDataEn;
    }

    public void setPersonalDataEn(String personalDataEn) {
        this.personalDataEn = personalDataEn;
    }

    public boolean isOffered() {
        return offered;
    }

    public void setOffered(boolean offered) {
        this.offered = offered;
    }
}
