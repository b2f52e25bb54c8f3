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

/**
 * A person file (CT-1). The ID number and phone are stored encrypted; ID_INDEX is their keyed hash for exact lookups.
 * ID_MASKED and PHONE_MASKED hold their masked forms for lists, written with the ciphertexts; a null ID_MASKED marks a
 * row of an earlier version that the start-up fill has not reached yet.
 */
@Entity
@Table(name = "CTL_PERSON")
public class PersonEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "NAME", nullable = false, length = 50)
    private String name;
    @Column(name = "GENDER", nullable = false, length = 8)
    private String gender;
    @Column(name = "BIRTH_DATE", nullable = false)
    private LocalDate birthDate;
    @Column(name = "ID_CIPHER", nullable = false, length = 200)
    private String idCipher;
    @Column(name = "ID_INDEX", nullable = false, length = 64)
    private String idIndex;
    @Column(name = "PHONE_CIPHER", length = 200)
    private String phoneCipher;
    @Column(name = "ID_MASKED", length = 32)
    private String idMasked;
    @Column(name = "PHONE_MASKED", length = 32)
    private String phoneMasked;
    @Column(name = "HOUSEHOLD_NODE_ID")
    private Long householdNodeId;
    @Column(name = "HOUSEHOLD_PLACE", length = 200)
    private String householdPlace;
    @Column(name = "RESIDENCE_NODE_ID")
    private Long residenceNodeId;
    @Column(name = "RESIDENCE_PLACE", length = 200)
    private String residencePlace;
    @Column(name = "CONTROL_NODE_ID", nullable = false)
    private long controlNodeId;
    @Column(name = "GRID_NODE_ID")
    private Long gridNodeId;
    @Column(name = "WORKER_ID")
    private Long workerId;
    @Column(name = "WORKER_NAME", length = 50)
    private String workerName;
    @Column(name = "DRUG_TYPES", length = 200)
    private String drugTypes;
    @Column(name = "FIRST_REGISTERED", nullable = false)
    private LocalDate firstRegistered;
    @Column(name = "STATUS", nullable = false, length = 24)
    private String status;
    @Column(name = "STATUS_SINCE", nullable = false)
    private LocalDate statusSince;
    @Column(name = "STATUS_DUE")
    private LocalDate statusDue;
    @Column(name = "TIER", nullable = false, length = 4)
    private String tier;
    @Column(name = "TIER_SINCE", nullable = false)
    private LocalDate tierSince;
    @Column(name = "TIER_REASON", length = 500)
    private String tierReason;
    @Column(name = "LAST_VISIT")
    private LocalDate lastVisit;
    @Column(name = "LAST_TEST")
    private LocalDate lastTest;
    @Column(name = "PHOTO_FILE_ID", length = 64)
    private String photoFileId;
    @Column(name = "NOTE", length = 2000)
    private String note;
    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    public int getRowVersion() {
        return rowVersion;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getIdCipher() {
        return idCipher;
    }

    public void setIdCipher(String idCipher) {
        this.idCipher = idCipher;
    }

    public String getIdIndex() {
        return idIndex;
    }

    public void setIdIndex(String idIndex) {
        this.idIndex = idIndex;
    }

    public String getPhoneCipher() {
        return phoneCipher;
    }

    public void setPhoneCipher(String phoneCipher) {
        this.phoneCipher = phoneCipher;
    }

    public String getIdMasked() {
        return idMasked;
    }

    public void setIdMasked(String idMasked) {
        this.idMasked = idMasked;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public void setPhoneMasked(String phoneMasked) {
        this.phoneMasked = phoneMasked;
    }

    public Long getHouseholdNodeId() {
        return householdNodeId;
    }

    public void setHouseholdNodeId(Long householdNodeId) {
        this.householdNodeId = householdNodeId;
    }

    public String getHouseholdPlace() {
        return householdPlace;
    }

    public void setHouseholdPlace(String householdPlace) {
        this.householdPlace = householdPlace;
    }

    public Long getResidenceNodeId() {
        return residenceNodeId;
    }

    public void setResidenceNodeId(Long residenceNodeId) {
        this.residenceNodeId = residenceNodeId;
    }

    public String getResidencePlace() {
        return residencePlace;
    }

    public void setResidencePlace(String residencePlace) {
        this.residencePlace = residencePlace;
    }

    public long getControlNodeId() {
        return controlNodeId;
    }

    public void setControlNodeId(long controlNodeId) {
        this.controlNodeId = controlNodeId;
    }

    public Long getGridNodeId() {
        return gridNodeId;
    }

    public void setGridNodeId(Long gridNodeId) {
        this.gridNodeId = gridNodeId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public String getWorkerName() {
        return workerName;
    }

    public void setWorkerName(String workerName) {
        this.workerName = workerName;
    }

    public String getDrugTypes() {
        return drugTypes;
    }

    public void setDrugTypes(String drugTypes) {
        this.drugTypes = drugTypes;
    }

    public LocalDate getFirstRegistered() {
        return firstRegistered;
    }

    public void setFirstRegistered(LocalDate firstRegistered) {
        this.firstRegistered = firstRegistered;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public void setStatusSince(LocalDate statusSince) {
        this.statusSince = statusSince;
    }

    public LocalDate getStatusDue() {
        return statusDue;
    }

    public void setStatusDue(LocalDate statusDue) {
        this.statusDue = statusDue;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public LocalDate getTierSince() {
        return tierSince;
    }

    public void setTierSince(LocalDate tierSince) {
        this.tierSince = tierSince;
    }

    public String getTierReason() {
        return tierReason;
    }

    public void setTierReason(String tierReason) {
        this.tierReason = tierReason;
    }

    public LocalDate getLastVisit() {
        return lastVisit;
    }

    public void setLastVisit(LocalDate lastVisit) {
        this.lastVisit = lastVisit;
    }

    public LocalDate getLastTest() {
        return lastTest;
    }

    public void setLastTest(LocalDate lastTest) {
        this.lastTest = lastTest;
    }

    public String getPhotoFileId() {
        return photoFileId;
    }

    public void setPhotoFileId(String photoFileId) {
        this.photoFileId = photoFileId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
