package org.jindu.portal.core.internal.persistence;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

import org.jindu.portal.api.Role;

@Entity
@Table(name = "CORE_USER")
public class UserEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "USERNAME", nullable = false)
    private String username;
    @Column(name = "DISPLAY_NAME", nullable = false)
    private String displayName;
    @Column(name = "PASSWORD_HASH")
    private String passwordHash;
    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;
    @Column(name = "FAILED_COUNT", nullable = false)
    private int failedCount;
    @Column(name = "FIRST_FAILED_AT")
    private LocalDateTime firstFailedAt;
    @Column(name = "LOCKED_UNTIL")
    private LocalDateTime lockedUntil;
    @Column(name = "LAST_LOGIN")
    private LocalDateTime lastLogin;
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CORE_USER_ROLE", joinColumns = @JoinColumn(name = "USER_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME")
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CORE_USER_SCOPE", joinColumns = @JoinColumn(name = "USER_ID"))
    @Column(name = "NODE_ID")
    private Set<Long> scopeNodeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CORE_USER_UNIT", joinColumns = @JoinColumn(name = "USER_ID"))
    @Column(name = "UNIT_CODE")
    private Set<String> unitCodes = new HashSet<>();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedCount() {
        return failedCount;
    }

    public void setFailedCount(int failedCount) {
        this.failedCount = failedCount;
    }

    public LocalDateTime getFirstFailedAt() {
        return firstFailedAt;
    }

    public void setFirstFailedAt(LocalDateTime firstFailedAt) {
        this.firstFailedAt = firstFailedAt;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(LocalDateTime lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public LocalDateTime getLastLogin() {
        return lastLogin;
    }

    public void setLastLogin(LocalDateTime lastLogin) {
        this.lastLogin = lastLogin;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public Set<Long> getScopeNodeIds() {
        return scopeNodeIds;
    }

    public void setScopeNodeIds(Set<Long> scopeNodeIds) {
        this.scopeNodeIds = scopeNodeIds;
    }

    public Set<String> getUnitCodes() {
        return unitCodes;
    }

    public void setUnitCodes(Set<String> unitCodes) {
        this.unitCodes = unitCodes;
    }

}
