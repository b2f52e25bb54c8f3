package org.jindu.portal.core.internal.persistence;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "CORE_ROLE_GRANT")
@IdClass(RoleGrantEntity.Key.class)
public class RoleGrantEntity {
    @Id
    @Column(name = "ROLE_NAME")
    private String roleName;
    @Id
    @Column(name = "PERMISSION_ID")
    private String permissionId;

    public String getRoleName() {
        return roleName;
    }

    public void setRoleName(String roleName) {
        this.roleName = roleName;
    }

    public String getPermissionId() {
        return permissionId;
    }

    public void setPermissionId(String permissionId) {
        this.permissionId = permissionId;
    }


    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String roleName;
        public String permissionId;

        public Key() {
        }

        public Key(String roleName, String permissionId) {
            this.roleName = roleName;
            this.permissionId = permissionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Objects.equals(((Key) o).roleName, roleName)
                    && Objects.equals(((Key) o).permissionId, permissionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roleName, permissionId);
        }
    }
}
