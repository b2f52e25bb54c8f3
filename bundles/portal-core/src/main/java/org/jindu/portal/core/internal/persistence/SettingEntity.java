package org.jindu.portal.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "CORE_SETTING")
public class SettingEntity {
    @Id
    @Column(name = "SETTING_KEY")
    private String key;
    @Column(name = "SETTING_VALUE", length = 2000)
    private String value;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

}
