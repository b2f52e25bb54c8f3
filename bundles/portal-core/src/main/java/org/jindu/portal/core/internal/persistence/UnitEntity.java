package org.jindu.portal.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.UnitKind;

@Entity
@Table(name = "CORE_UNIT")
public class UnitEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "CODE", nullable = false)
    private String code;
    @Column(name = "NAME", nullable = false)
    private String name;
    @Column(name = "NAME_EN")
    private String nameEn;
    @Column(name = "ORG_NODE_ID", nullable = false)
    private long orgNodeId;
    @Column(name = "KIND", nullable = false, length = 16)
    private String kind = UnitKind.OTHER.name();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public long getOrgNodeId() {
        return orgNodeId;
    }

    public void setOrgNodeId(long orgNodeId) {
        this.orgNodeId = orgNodeId;
    }

    public UnitKind getKind() {
        return UnitKind.of(kind);
    }

    public void setKind(UnitKind kind) {
        this.kind = (kind == null ? UnitKind.OTHER : kind).name();
    }

    public MemberUnit toValue() {
        return new MemberUnit(id, code, name, nameEn, orgNodeId, getKind());
    }
}
