package org.jindu.portal.assessment.internal.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

import javax.persistence.EntityManager;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.data.FileStore;
import org.jindu.portal.api.data.StoredFile;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.domain.Standard;
import org.jindu.portal.assessment.internal.model.EvidenceDraft;
import org.jindu.portal.assessment.internal.model.EvidenceInfo;
import org.jindu.portal.assessment.internal.persistence.ApplicationEntity;
import org.jindu.portal.assessment.internal.persistence.EvidenceEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Measures and evidence per rubric item (实施推进, CA-4), recorded by the village while its application is in the
 * creation cycle. Files go through the platform's {@link FileStore} (size limit, type from the content, sanitised
 * names, stored outside the web root, served only as downloads); readers of the application may download them.
 */
@Component(service = EvidenceService.class)
public class EvidenceService {
    /** What a downloaded evidence file is: its stored metadata and its content. */
    public record Download(StoredFile file, InputStream content) {
    }

    private static final Text EVIDENCE = Text.of("佐证材料", "Evidence");

    private final Support support;
    private final ApplicationService applications;
    private final FileStore files;

    @Activate
    public EvidenceService(@Reference Support support, @Reference ApplicationService applications, @Reference FileStore files) {
        this.support = support;
        this.applications = applications;
        this.files = files;
    }

    public List<EvidenceInfo> list(UserContext user, long applicationId) {
        return support.tx(em -> {
            applications.readable(em, user, applicationId);
            return em.createQuery("select e from EvidenceEntity e where e.applicationId = :a order by e.itemCode, e.id", EvidenceEntity.class)
                    .setParameter("a", applicationId).getResultList().stream().map(EvidenceService::info).toList();
        });
    }

    /** Records a measure (text only). */
    public EvidenceInfo add(UserContext user, long applicationId, EvidenceDraft draft) {
        if (draft == null) {
            throw ValidationException.of("description", Text.of("请填写措施或说明", "the description is required"));
        }
        new Validator().required("description", draft.description(), Text.of("措施或说明", "Description")).throwIfInvalid();
        ApplicationEntity a = writable(user, applicationId, draft.itemCode(), draft.description());
        EvidenceEntity saved = support.tx(em -> {
            EvidenceEntity e = persist(em, user, a, draft.itemCode(), draft.description(), null);
            support.audit(user, AuditAction.CREATE, "evidence", e.getId(), a.getOrgNodeId(), "application " + applicationId + " " + e.getItemCode());
            return e;
        });
        return info(saved);
    }

    /** Uploads a file for a rubric item; the file is checked by the platform's store before anything is recorded. */
    public EvidenceInfo upload(UserContext user, long applicationId, String itemCode, String description, String fileName,
                               InputStream content) {
        ApplicationEntity a = writable(user, applicationId, itemCode, description);
        StoredFile file;
        try {
            file = files.store(user, Permissions.MODULE, "evidence", String.valueOf(applicationId), a.getOrgNodeId(), fileName, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EvidenceEntity saved;
        try {
            saved = support.tx(em -> {
                EvidenceEntity e = persist(em, user, a, itemCode, description, file);
                support.audit(user, AuditAction.CREATE, "evidence", e.getId(), a.getOrgNodeId(),
                        "application " + applicationId + " " + e.getItemCode() + " file " + file.name() + " (" + file.contentType() + ", "
                                + file.size() + " bytes, sha256 " + file.sha256().substring(0, 12) + "…)");
                return e;
            });
        } catch (RuntimeException e) {
            // nothing was recorded (nor audited): the stored file would be an orphan
            try {
                files.delete(file.id());
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return info(saved);
    }

    /**
     * The file of an evidence record. Villages upload ledgers, rosters and photos that may name people, so every
     * download is audited as a read of personal data, committed before the content is handed out.
     */
    public Download download(UserContext user, long evidenceId) {
        StoredFile file = support.tx(em -> {
            EvidenceEntity found = em.find(EvidenceEntity.class, evidenceId);
            if (found == null || found.getFileId() == null) {
                throw NotFoundException.of(EVIDENCE, String.valueOf(evidenceId));
            }
            try {
                applications.readable(em, user, found.getApplicationId());
            } catch (NotFoundException hidden) {
                throw NotFoundException.of(EVIDENCE, String.valueOf(evidenceId));
            }
            StoredFile stored = files.find(found.getFileId()).orElseThrow(() -> NotFoundException.of(EVIDENCE, String.valueOf(evidenceId)));
            support.audit(user, AuditAction.READ_PERSONAL, "evidence", evidenceId, found.getOrgNodeId(),
                    "application " + found.getApplicationId() + " " + found.getItemCode() + " file " + stored.name());
            return stored;
        });
        try {
            return new Download(file, files.open(file.id()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public void delete(UserContext user, long evidenceId) {
        EvidenceEntity removed = support.tx(em -> {
            EvidenceEntity e = em.find(EvidenceEntity.class, evidenceId);
            if (e == null) {
                throw NotFoundException.of(EVIDENCE, String.valueOf(evidenceId));
            }
            ApplicationEntity a = applications.readable(em, user, e.getApplicationId());
            support.check(user, Permissions.APPLY, a.getOrgNodeId());
            requireImplementation(a);
            em.remove(e);
            support.audit(user, AuditAction.DELETE, "evidence", evidenceId, e.getOrgNodeId(),
                    "application " + e.getApplicationId() + " " + e.getItemCode() + (e.getFileName() == null ? "" : " file " + e.getFileName()));
            return e;
        });
        // the file goes once the record's removal has committed, never before
        if (removed.getFileId() != null) {
            try {
                files.delete(removed.getFileId());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private ApplicationEntity writable(UserContext user, long applicationId, String itemCode, String description) {
        return support.tx(em -> {
            ApplicationEntity a = applications.readable(em, user, applicationId);
            support.check(user, Permissions.APPLY, a.getOrgNodeId());
            requireImplementation(a);
            Standard standard = applications.standardOf(em, a);
            new Validator()
                    .required("itemCode", itemCode, Text.of("标准条目", "Rubric item"))
                    .check(itemCode == null || standard.item(itemCode).isPresent(), "itemCode",
                            Text.of("标准中没有条目 " + itemCode, "the standard has no item " + itemCode))
                    .maxLength("description", description, 4000)
                    .throwIfInvalid();
            return a;
        });
    }

    /** Evidence is recorded during the creation cycle only: after acceptance, before the assessment starts. */
    private static void requireImplementation(ApplicationEntity a) {
        ApplicationState state = ApplicationState.valueOf(a.getState());
        if (state != ApplicationState.ACCEPTED) {
            throw new ConflictException(Text.of("佐证材料在实施推进阶段录入 (当前：" + state.label().zh() + ")",
                    "Evidence is recorded while the application is in implementation (now: " + state.label().en().toLowerCase() + ")"));
        }
    }

    private static EvidenceEntity persist(EntityManager em, UserContext user, ApplicationEntity a, String itemCode, String description,
                                          StoredFile file) {
        EvidenceEntity e = new EvidenceEntity();
        e.setApplicationId(a.getId());
        e.setOrgNodeId(a.getOrgNodeId());
        e.setItemCode(itemCode);
        e.setDescription(StandardService.blankToNull(description));
        if (file != null) {
            e.setFileId(file.id());
            e.setFileName(file.name());
            e.setContentType(file.contentType());
            e.setSize(file.size());
        }
        e.setRecordedBy(user.username());
        e.setRecordedAt(LocalDateTime.now());
        em.persist(e);
        em.flush(); // assigns the id the audit entry names
        return e;
    }

    private static EvidenceInfo info(EvidenceEntity e) {
        return new EvidenceInfo(e.getId(), e.getApplicationId(), e.getItemCode(), e.getDescription(), e.getFileId(),
                e.getFileName(), e.getContentType(), e.getSize(), e.getRecordedBy(), e.getRecordedAt());
    }
}
