package org.jindu.portal.control.internal.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.jindu.portal.api.AccessDeniedException;
import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.data.FileStore;
import org.jindu.portal.api.data.Masking;
import org.jindu.portal.api.data.StoredFile;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.rest.KeptList;
import org.jindu.portal.control.internal.domain.IdNumber;
import org.jindu.portal.control.internal.domain.Lifecycle;
import org.jindu.portal.control.internal.domain.Schedule;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.model.HistoryEntry;
import org.jindu.portal.control.internal.model.PersonDraft;
import org.jindu.portal.control.internal.model.PersonFilter;
import org.jindu.portal.control.internal.model.PersonInfo;
import org.jindu.portal.control.internal.model.PersonUpdate;
import org.jindu.portal.control.internal.model.StatusDraft;
import org.jindu.portal.control.internal.model.TierDraft;
import org.jindu.portal.control.internal.persistence.PersonEntity;
import org.jindu.portal.control.internal.persistence.ProposalEntity;
import org.jindu.portal.control.internal.persistence.StatusChangeEntity;
import org.jindu.portal.control.internal.persistence.TierChangeEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Person files (CT-1), their status lifecycle (CT-2) and risk tier (CT-3).
 *
 * <p>Scope follows dual control (CT-6): a file belongs to the village or grid that does the daily work (the control
 * node) and is also visible to the household-registration side, which leads. ID numbers and phones are stored
 * encrypted and shown masked (the masked forms are stored beside them, so lists never decrypt); {@link #identify} shows
 * them in full to those who may, and audits it. Every read of a file, its history and its photo is audited too, under
 * {@link #RECORD} and the person's id, and a list names every file it returned. Entries are written in the transaction of
 * the change or read they describe.
 */
@Component(service = PersonService.class)
public class PersonService {
    static final String RECORD = "person";
    static final String PHOTO = "person-photo";
    private static final Text PERSON = Text.of("人员档案", "Person file");

    private final Support support;
    private final DutyService duties;
    private final FileStore files;
    private final ExactNumberLimit limit;

    @Activate
    public PersonService(@Reference Support support, @Reference DutyService duties, @Reference FileStore files,
                         @Reference ExactNumberLimit limit) {
        this.support = support;
        this.duties = duties;
        this.files = files;
        this.limit = limit;
    }

    // ------------------------------------------------------------------ reading

    /**
     * Files of the user's area, masked; the list read is audited naming every file it returned. The list is kept in
     * memory per scope and filter until the module's data changes ({@link Support#cached}); its audit entry is
     * written for every read.
     */
    public List<PersonInfo> list(UserContext user, PersonFilter filter) {
        support.check(user, Permissions.READ);
        Set<Long> nodes = visibleNodes(user, filter.org());
        List<PersonInfo> filtered = support.cached(List.of("persons", new java.util.TreeSet<>(nodes), filter),
                () -> KeptList.of(support.tx(em -> load(em, nodes, filter))));
        support.auditRead(user, AuditAction.READ_PERSONAL, RECORD, filtered.stream().map(PersonInfo::id).toList(),
                "list of " + filtered.size() + " files");
        return filtered;
    }

    private List<PersonInfo> load(EntityManager em, Set<Long> nodes, PersonFilter filter) {
        List<PersonEntity> found = inScope(em, nodes, filter.status(), filter.tier());
        // one grouped count instead of one per file
        java.util.Map<Long, Long> proposals = new java.util.HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] r : em.createQuery("select p.personId, count(p) from ProposalEntity p where p.state = 'OPEN' group by p.personId",
                    Object[].class).getResultList()) {
                proposals.put((Long) r[0], (Long) r[1]);
            }
        }
        return found.stream().map(p -> info(p, proposals.getOrDefault(p.getId(), 0L).intValue()))
                .filter(p -> filter.name() == null || filter.name().isBlank() || p.name().contains(filter.name().strip()))
                .filter(p -> filter.overdue() == null || !filter.overdue() || p.visitOverdueDays() > 0 || p.testOverdueDays() > 0)
                .toList();
    }

    /**
     * The files of these nodes, by name: controlled there or registered there (dual control: the household side sees
     * them too), optionally of one status and tier.
     */
    List<PersonEntity> inScope(EntityManager em, Set<Long> nodes, Status status, Tier tier) {
        TypedQuery<PersonEntity> q = em.createQuery("select p from PersonEntity p where (p.controlNodeId in :nodes or p.householdNodeId in :nodes)"
                + (status == null ? "" : " and p.status = :status")
                + (tier == null ? "" : " and p.tier = :tier")
                + " order by p.name, p.id", PersonEntity.class);
        if (status != null) {
            q.setParameter("status", status.name());
        }
        if (tier != null) {
            q.setParameter("tier", tier.name());
        }
        return Support.inNodes(q, nodes);
    }

    /** When the file's next visit is due, or {@code null} outside the community. */
    Schedule.Due nextVisit(PersonEntity p) {
        return Schedule.nextVisit(Status.valueOf(p.getStatus()), Tier.valueOf(p.getTier()), p.getLastVisit(),
                Schedule.reference(p.getStatusSince(), p.getTierSince()), support.frequencies(), support.today());
    }

    /** When the file's next test is due, or {@code null} outside the community. */
    Schedule.Due nextTest(PersonEntity p) {
        return Schedule.nextTest(Status.valueOf(p.getStatus()), Tier.valueOf(p.getTier()), p.getLastTest(),
                Schedule.reference(p.getStatusSince(), p.getTierSince()), support.frequencies(), support.today());
    }

    /** One file, masked; audited. */
    public PersonInfo get(UserContext user, long id) {
        support.check(user, Permissions.READ);
        return support.tx(em -> {
            PersonEntity p = readable(em, user, id, Permissions.READ);
            PersonInfo info = info(p);
            support.audit(user, AuditAction.READ_PERSONAL, RECORD, id, p.getControlNodeId(), "file");
            return info;
        });
    }

    /**
     * One file with the ID number, phone and birth date in full, for users who may identify persons; the reason is
     * required and kept in the audit entry of the full view.
     */
    public PersonInfo identify(UserContext user, long id, String reason) {
        support.check(user, Permissions.IDENTIFY);
        new Validator().required("reason", reason, Text.of("查看事由", "reason")).maxLength("reason", reason, 200).throwIfInvalid();
        return support.tx(em -> {
            PersonEntity p = readable(em, user, id, Permissions.IDENTIFY);
            PersonInfo full = withIdentity(info(p), p);
            support.audit(user, AuditAction.VIEW_FULL, RECORD, id, p.getControlNodeId(), "ID number and phone; reason: " + reason.strip());
            return full;
        });
    }

    /**
     * One file per person: a number already on file is refused. The check tells whether a number is registered, so it
     * counts against the hourly limit of lookups by exact number and a hit is audited; only a file in the user's own
     * area is named. (A create racing this check meets the unique index: 409 as well.)
     */
    private void refuseDuplicate(UserContext user, String index) {
        limit.count(user, "duplicate check of a new file");
        Long existing = support.tx(em -> em.createQuery("select p from PersonEntity p where p.idIndex = :i", PersonEntity.class)
                .setParameter("i", index).getResultList().stream().findFirst()
                .map(p -> mayTouch(user, p, Permissions.READ) ? p.getId() : -1L).orElse(null));
        if (existing == null) {
            return;
        }
        if (existing > 0) {
            limit.refused(user, "new file refused: the ID number is on file " + existing);
            throw new ConflictException(Text.of("该身份证号已建档 (档案编号 " + existing + ")，请勿重复建档",
                    "A file with this ID number exists already (file " + existing + ")"));
        }
        limit.refused(user, "new file refused: the ID number is on file outside the user's area");
        throw new ConflictException(Text.of("该身份证号已在其他辖区建档，请联系镇禁毒办核实",
                "This ID number is on file in another area; ask the town's drug-control office"));
    }

    /**
     * The entity of a file the user may touch with the permission; 404 when it does not exist and equally when it is
     * outside the user's area, so that ids cannot be probed for files elsewhere. (Lacking the permission altogether is
     * checked before, and is a 403.)
     */
    PersonEntity readable(EntityManager em, UserContext user, long id, String permission) {
        PersonEntity p = em.find(PersonEntity.class, id);
        if (p == null || !mayTouch(user, p, permission)) {
            throw NotFoundException.of(PERSON, id);
        }
        return p;
    }

    boolean mayTouch(UserContext user, PersonEntity p, String permission) {
        return support.permitted(user, permission, p.getControlNodeId())
                || (p.getHouseholdNodeId() != null && support.permitted(user, permission, p.getHouseholdNodeId()));
    }

    /** The status and tier history, newest first; audited as a read of the file. */
    public List<HistoryEntry> statusHistory(UserContext user, long id) {
        support.check(user, Permissions.READ);
        return support.tx(em -> {
            PersonEntity p = readable(em, user, id, Permissions.READ);
            List<HistoryEntry> history = em.createQuery("select s from StatusChangeEntity s where s.personId = :p order by s.changeDate desc, s.id desc",
                    StatusChangeEntity.class).setParameter("p", id).getResultList().stream()
                    .map(s -> new HistoryEntry(s.getFromStatus(), s.getToStatus(), s.getChangeDate(), s.getLegalBasis(), s.getNote(), s.getByUser()))
                    .toList();
            support.audit(user, AuditAction.READ_PERSONAL, RECORD, id, p.getControlNodeId(), "status history (" + history.size() + ")");
            return history;
        });
    }

    public List<HistoryEntry> tierHistory(UserContext user, long id) {
        support.check(user, Permissions.READ);
        return support.tx(em -> {
            PersonEntity p = readable(em, user, id, Permissions.READ);
            List<HistoryEntry> history = em.createQuery("select t from TierChangeEntity t where t.personId = :p order by t.changeDate desc, t.id desc",
                    TierChangeEntity.class).setParameter("p", id).getResultList().stream()
                    .map(t -> new HistoryEntry(t.getFromTier(), t.getToTier(), t.getChangeDate(), t.getReason(), null, t.getByUser()))
                    .toList();
            support.audit(user, AuditAction.READ_PERSONAL, RECORD, id, p.getControlNodeId(), "tier history (" + history.size() + ")");
            return history;
        });
    }

    /**
     * The person's file for an exact ID number within the user's area (for the exchange; no partial match exists). Not
     * audited here: the caller records the query in the same transaction.
     */
    public Optional<PersonEntity> findByIdNumber(UserContext user, String idNumber, String permission) {
        String index = support.sensitive().blindIndex(IdNumber.normalise(idNumber));
        return support.tx(em -> em.createQuery("select p from PersonEntity p where p.idIndex = :i", PersonEntity.class)
                .setParameter("i", index).getResultList().stream().filter(p -> mayTouch(user, p, permission)).findFirst());
    }

    // ------------------------------------------------------------------ writing

    public PersonInfo create(UserContext user, PersonDraft d) {
        PersonEntity saved = open(user, d);
        support.post("person/created", Map.of("id", saved.getId(), "org", saved.getControlNodeId()));
        return info(saved);
    }

    /**
     * Opens the file, audited, without announcing it: a caller that opens it inside a transaction of its own (a
     * handover accepted) posts the event once that has committed.
     */
    PersonEntity open(UserContext user, PersonDraft d) {
        support.check(user, Permissions.EDIT);
        LocalDate today = support.today();
        Validator v = new Validator();
        v.required("name", d.name(), Text.of("姓名", "name")).maxLength("name", d.name(), 50);
        Optional<Text> idProblem = IdNumber.problem(d.idNumber(), today);
        idProblem.ifPresent(p -> v.check(false, "idNumber", p));
        checkPhone(v, d.phone());
        if (d.status() == null) {
            v.check(false, "status", Text.of("请选择管控状态", "the status is required"));
        } else if (!Lifecycle.initial().contains(d.status())) {
            v.check(false, "status", Text.of("不能以「" + d.status().label().zh() + "」状态建档", "a file cannot start in " + d.status().label().en().toLowerCase()));
        }
        if (d.legalBasis() == null || d.legalBasis().isBlank()) {
            v.check(false, "legalBasis", Text.of("请填写管控依据 (决定书文号等)", "the legal basis (decision number) is required"));
        }
        LocalDate registered = d.firstRegistered() == null ? today : d.firstRegistered();
        if (registered.isAfter(today)) {
            v.check(false, "firstRegistered", Text.of("建档日期不能晚于今天", "the registration date cannot be in the future"));
        }
        LocalDate since = d.statusSince() == null ? registered : d.statusSince();
        if (since.isAfter(today)) {
            v.check(false, "statusSince", Text.of("状态开始日期不能晚于今天", "the status date cannot be in the future"));
        }
        OrgNode household = place(v, "householdOrg", d.householdOrg(), d.householdPlace(), "householdPlace", Text.of("户籍地", "household registration"));
        OrgNode residence = place(v, "residenceOrg", d.residenceOrg(), d.residencePlace(), "residencePlace", Text.of("居住地", "residence"));
        OrgNode grid = d.gridOrg() == null || d.gridOrg().isBlank() ? null : support.nodeByCode(d.gridOrg(), "gridOrg");
        if (grid != null) {
            // the grid takes the file: it must be a grid the user works in, or he could hand files to any village
            v.check(grid.level() == OrgLevel.GRID && support.permitted(user, Permissions.EDIT, grid.id()), "gridOrg",
                    Text.of("网格须为您辖区内的网格", "the grid must be a grid of your area"));
        }
        v.maxLength("drugTypes", d.drugTypes(), 200).maxLength("note", d.note(), 2000);
        v.throwIfInvalid();
        OrgNode control = controlNode(grid, residence, household);
        if (control == null) {
            throw ValidationException.of("residenceOrg", Text.of("户籍地或居住地须有一处在本辖区的村居", "the household or the residence must be a village of this area"));
        }
        if (!support.permitted(user, Permissions.EDIT, control.id())
                && (household == null || !support.permitted(user, Permissions.EDIT, household.id()))) {
            throw new AccessDeniedException(Text.of("只能为本辖区人员建档", "You can only open files for persons of your area"));
        }
        String id = IdNumber.normalise(d.idNumber());
        String index = support.sensitive().blindIndex(id);
        Tier tier = d.tier() == null ? Tier.C1 : d.tier();
        refuseDuplicate(user, index);
        return support.tx(em -> {
            PersonEntity p = new PersonEntity();
            p.setName(d.name().strip());
            p.setGender(IdNumber.gender(id).name());
            p.setBirthDate(IdNumber.birthDate(id));
            p.setIdCipher(support.sensitive().encrypt(id));
            p.setIdMasked(Masking.idNumber(id));
            p.setIdIndex(index);
            setPhone(p, blankToNull(d.phone()));
            p.setHouseholdNodeId(household == null ? null : household.id());
            p.setHouseholdPlace(household == null ? d.householdPlace().strip() : null);
            p.setResidenceNodeId(residence == null ? null : residence.id());
            p.setResidencePlace(residence == null ? d.residencePlace().strip() : null);
            p.setControlNodeId(control.id());
            p.setGridNodeId(grid == null ? null : grid.id());
            p.setWorkerId(d.workerId());
            p.setWorkerName(blankToNull(d.workerName()));
            p.setDrugTypes(blankToNull(d.drugTypes()));
            p.setFirstRegistered(registered);
            p.setStatus(d.status().name());
            p.setStatusSince(since);
            p.setStatusDue(Lifecycle.dueDate(d.status(), since));
            p.setTier(tier.name());
            p.setTierSince(since);
            p.setTierReason(d.tierReason() == null || d.tierReason().isBlank() ? "建档初评" : d.tierReason().strip());
            p.setNote(blankToNull(d.note()));
            p.setCreatedBy(user.username());
            p.setCreatedAt(support.now());
            em.persist(p);
            em.flush();
            StatusChangeEntity s = new StatusChangeEntity();
            s.setPersonId(p.getId());
            s.setToStatus(d.status().name());
            s.setChangeDate(since);
            s.setLegalBasis(d.legalBasis().strip());
            s.setNote("建档");
            s.setByUser(user.username());
            s.setAt(support.now());
            em.persist(s);
            tierChange(em, user, p, null, tier, since, p.getTierReason());
            duties.onStatus(em, p, d.status(), since);
            SearchService.onStatus(em, p, null, d.status(), user.username(), since, support.now());
            support.audit(user, AuditAction.CREATE, RECORD, p.getId(), p.getControlNodeId(), "status " + d.status() + ", tier " + tier);
            return p;
        });
    }

    public PersonInfo update(UserContext user, long id, PersonUpdate u) {
        support.check(user, Permissions.EDIT);
        Validator v = new Validator();
        checkPhone(v, u.phone());
        v.maxLength("drugTypes", u.drugTypes(), 200).maxLength("note", u.note(), 2000).maxLength("residencePlace", u.residencePlace(), 200);
        v.throwIfInvalid();
        OrgNode residence = u.residenceOrg() == null || u.residenceOrg().isBlank() ? null : support.nodeByCode(u.residenceOrg(), "residenceOrg");
        OrgNode grid = u.gridOrg() == null || u.gridOrg().isBlank() ? null : support.nodeByCode(u.gridOrg(), "gridOrg");
        PersonEntity p = support.tx(em -> {
            PersonEntity e = readable(em, user, id, Permissions.EDIT);
            if (u.version() != null && u.version() != e.getRowVersion()) {
                throw new ConflictException(Text.of("档案已被他人修改，请刷新后重试", "The file was changed by someone else; reload it and try again"));
            }
            if (u.phone() != null) {
                setPhone(e, blankToNull(u.phone()));
            }
            if (residence != null && !Long.valueOf(residence.id()).equals(e.getResidenceNodeId())) {
                throw ValidationException.of("residenceOrg", Text.of("居住地在辖区之间变更须办理交接", "a move between areas needs a handover"));
            }
            if (u.residencePlace() != null && residence == null && e.getResidenceNodeId() == null) {
                e.setResidencePlace(u.residencePlace().strip());
            }
            if (grid != null) {
                if (!support.org().isInSubtree(grid.id(), villageOf(e).id())) {
                    throw ValidationException.of("gridOrg", Text.of("网格须属于管控村居", "the grid must belong to the controlling village"));
                }
                e.setGridNodeId(grid.id());
                e.setControlNodeId(grid.id());
            }
            if (u.workerId() != null || u.workerName() != null) {
                e.setWorkerId(u.workerId());
                e.setWorkerName(blankToNull(u.workerName()));
            }
            if (u.drugTypes() != null) {
                e.setDrugTypes(blankToNull(u.drugTypes()));
            }
            if (u.note() != null) {
                e.setNote(blankToNull(u.note()));
            }
            support.audit(user, AuditAction.UPDATE, RECORD, id, e.getControlNodeId(), "details");
            return e;
        });
        return info(p);
    }

    /** A photo of the person: JPEG or PNG only (the platform detects the type from the content), the old one replaced. */
    public PersonInfo setPhoto(UserContext user, long id, String fileName, InputStream content) throws IOException {
        support.check(user, Permissions.EDIT);
        PersonEntity p = support.tx(em -> readable(em, user, id, Permissions.EDIT));
        StoredFile stored = files.store(user, Permissions.MODULE, PHOTO, String.valueOf(id), p.getControlNodeId(),
                fileName == null || fileName.isBlank() ? "photo" : fileName, content);
        if (!stored.contentType().startsWith("image/")) {
            files.delete(stored.id());
            throw ValidationException.of("file", Text.of("照片须为 JPEG 或 PNG 图片", "the photo must be a JPEG or PNG image"));
        }
        String old;
        try {
            old = support.tx(em -> {
                PersonEntity e = readable(em, user, id, Permissions.EDIT);
                String previous = e.getPhotoFileId();
                e.setPhotoFileId(stored.id());
                support.audit(user, AuditAction.UPDATE, RECORD, id, e.getControlNodeId(), "photo");
                return previous;
            });
        } catch (RuntimeException e) {
            // the change rolled back: the new file is nobody's photo
            try {
                files.delete(stored.id());
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        // the old file goes once the new one is the photo, never before
        if (old != null) {
            files.delete(old);
        }
        return get(user, id);
    }

    /** The person's photo and its content, or empty; every read is audited like a read of the file, before it is handed out. */
    public Optional<Photo> photo(UserContext user, long id) throws IOException {
        support.check(user, Permissions.READ);
        try {
            return support.tx(em -> {
                PersonEntity p = readable(em, user, id, Permissions.READ);
                Optional<StoredFile> stored = p.getPhotoFileId() == null ? Optional.empty() : files.find(p.getPhotoFileId());
                if (stored.isEmpty()) {
                    return Optional.<Photo>empty();
                }
                byte[] content;
                try (InputStream in = files.open(stored.get().id())) {
                    content = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                support.audit(user, AuditAction.READ_PERSONAL, RECORD, id, p.getControlNodeId(), "photo");
                return Optional.of(new Photo(stored.get().contentType(), content));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A photo's type and bytes (photos are small: the upload limit applies). */
    public record Photo(String contentType, byte[] content) {
    }

    /** A status change with its date and legal basis (CT-2); refused when it makes no sense. */
    public PersonInfo changeStatus(UserContext user, long id, StatusDraft d) {
        support.check(user, Permissions.STATUS);
        PersonEntity p = support.tx(em -> {
            PersonEntity e = readable(em, user, id, Permissions.STATUS);
            applyStatus(em, user, e, d);
            support.audit(user, AuditAction.TRANSITION, RECORD, id, e.getControlNodeId(), "status to " + d.status() + " (" + d.legalBasis() + ")");
            return e;
        });
        // posted after the commit: listeners never hear of a change that rolled back
        support.post("person/status", Map.of("id", id, "status", d.status().name(), "org", p.getControlNodeId()));
        return info(p);
    }

    void applyStatus(EntityManager em, UserContext user, PersonEntity e, StatusDraft d) {
        Status from = Status.valueOf(e.getStatus());
        LocalDate date = d.date() == null ? support.today() : d.date();
        Lifecycle.check(from, e.getStatusSince(), d.status(), date, d.legalBasis(), support.today());
        StatusChangeEntity s = new StatusChangeEntity();
        s.setPersonId(e.getId());
        s.setFromStatus(from.name());
        s.setToStatus(d.status().name());
        s.setChangeDate(date);
        s.setLegalBasis(d.legalBasis().strip());
        s.setNote(blankToNull(d.note()));
        s.setByUser(user.username());
        s.setAt(support.now());
        em.persist(s);
        e.setStatus(d.status().name());
        e.setStatusSince(date);
        e.setStatusDue(Lifecycle.dueDate(d.status(), date));
        for (ProposalEntity open : em.createQuery("select p from ProposalEntity p where p.personId = :p and p.state = 'OPEN'", ProposalEntity.class)
                .setParameter("p", e.getId()).getResultList()) {
            if (open.getProposedStatus().equals(d.status().name()) || !Lifecycle.next(d.status()).contains(Status.valueOf(open.getProposedStatus()))) {
                open.setState(open.getProposedStatus().equals(d.status().name()) ? "ACCEPTED" : "DISMISSED");
                open.setDecidedBy(user.username());
                open.setDecidedAt(support.now());
                open.setDecisionNote("状态已变更为 " + d.status().label().zh());
            }
        }
        duties.onStatus(em, e, d.status(), date);
        SearchService.onStatus(em, e, from, d.status(), user.username(), date, support.now());
    }

    /** A tier change with its reason (CT-3); the visit and test schedule follows from the new tier at once. */
    public PersonInfo changeTier(UserContext user, long id, TierDraft d) {
        support.check(user, Permissions.EDIT);
        Validator v = new Validator();
        if (d.tier() == null) {
            v.check(false, "tier", Text.of("请选择风险等级", "the tier is required"));
        }
        v.required("reason", d.reason(), Text.of("调整理由", "reason")).maxLength("reason", d.reason(), 500);
        LocalDate date = d.date() == null ? support.today() : d.date();
        if (date.isAfter(support.today())) {
            v.check(false, "date", Text.of("日期不能晚于今天", "the date cannot be in the future"));
        }
        v.throwIfInvalid();
        PersonEntity p = support.tx(em -> {
            PersonEntity e = readable(em, user, id, Permissions.EDIT);
            Tier from = Tier.valueOf(e.getTier());
            if (from == d.tier()) {
                throw new ConflictException(Text.of("风险等级已是 " + from.name(), "The tier is " + from.name() + " already"));
            }
            tierChange(em, user, e, from, d.tier(), date, d.reason().strip());
            support.audit(user, AuditAction.UPDATE, RECORD, id, e.getControlNodeId(), "tier to " + d.tier());
            return e;
        });
        return info(p);
    }

    void tierChange(EntityManager em, UserContext user, PersonEntity e, Tier from, Tier to, LocalDate date, String reason) {
        TierChangeEntity t = new TierChangeEntity();
        t.setPersonId(e.getId());
        t.setFromTier(from == null ? null : from.name());
        t.setToTier(to.name());
        t.setChangeDate(date);
        t.setReason(reason);
        t.setByUser(user.username());
        t.setAt(support.now());
        em.persist(t);
        e.setTier(to.name());
        e.setTierSince(date);
        e.setTierReason(reason);
    }

    // ------------------------------------------------------------------ mapping

    /** One file, with its own count of open proposals (a query: lists use the grouped count of {@link #list}). */
    PersonInfo info(PersonEntity p) {
        return info(p, support.tx(em -> em.createQuery("select count(p) from ProposalEntity p where p.personId = :p and p.state = 'OPEN'",
                Long.class).setParameter("p", p.getId()).getSingleResult().intValue()));
    }

    private PersonInfo info(PersonEntity p, int proposals) {
        Status status = Status.valueOf(p.getStatus());
        Tier tier = Tier.valueOf(p.getTier());
        Schedule.Due visit = nextVisit(p);
        Schedule.Due test = nextTest(p);
        Masked masked = masked(p);
        OrgNode control = support.node(p.getControlNodeId());
        OrgNode household = p.getHouseholdNodeId() == null ? null : support.org().node(p.getHouseholdNodeId()).orElse(null);
        OrgNode residence = p.getResidenceNodeId() == null ? null : support.org().node(p.getResidenceNodeId()).orElse(null);
        OrgNode grid = p.getGridNodeId() == null ? null : support.org().node(p.getGridNodeId()).orElse(null);
        // the year only: with the village (the ID's region) and the full date, a masked ID number would lack two digits
        return new PersonInfo(p.getId(), p.getName(), org.jindu.portal.control.internal.domain.Gender.valueOf(p.getGender()), null,
                p.getBirthDate() == null ? null : p.getBirthDate().getYear(), masked.idNumber(), masked.phone(), false,
                household == null ? null : household.code(), household == null ? p.getHouseholdPlace() : household.name(),
                residence == null ? null : residence.code(), residence == null ? p.getResidencePlace() : residence.name(),
                control.code(), control.name(), grid == null ? null : grid.code(), p.getWorkerId(), p.getWorkerName(), p.getDrugTypes(),
                p.getFirstRegistered(), status, p.getStatusSince(), p.getStatusDue(), tier, p.getTierSince(), p.getTierReason(),
                p.getLastVisit(), visit == null ? null : visit.date(), visit == null ? 0 : visit.overdueDays(),
                p.getLastTest(), test == null ? null : test.date(), test == null ? 0 : test.overdueDays(), proposals, p.getNote(),
                p.getPhotoFileId() != null, p.getRowVersion());
    }

    /** The ID number and phone as lists show them. */
    record Masked(String idNumber, String phone) {
    }

    /** The stored masked forms; a row the start-up fill has not reached yet is decrypted (that row only). */
    Masked masked(PersonEntity p) {
        if (p.getIdMasked() != null) {
            return new Masked(p.getIdMasked(), p.getPhoneMasked());
        }
        return new Masked(Masking.idNumber(support.sensitive().decrypt(p.getIdCipher())),
                Masking.phone(support.sensitive().decrypt(p.getPhoneCipher())));
    }

    /** Sets the encrypted phone and its masked form together (null: no phone). */
    private void setPhone(PersonEntity p, String phone) {
        p.setPhoneCipher(phone == null ? null : support.sensitive().encrypt(phone));
        p.setPhoneMasked(phone == null ? null : Masking.phone(phone));
    }

    /** The names of these files in one query per chunk (for lists that name persons: no lookup per row). */
    static Map<Long, String> names(EntityManager em, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> all = List.copyOf(new HashSet<>(ids));
        // chunks: an IN list becomes one bind parameter per id (PostgreSQL allows 32767)
        for (int from = 0; from < all.size(); from += 1000) {
            for (Object[] r : em.createQuery("select p.id, p.name from PersonEntity p where p.id in :ids", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000))).getResultList()) {
                names.put((Long) r[0], (String) r[1]);
            }
        }
        return names;
    }

    private PersonInfo withIdentity(PersonInfo m, PersonEntity p) {
        return new PersonInfo(m.id(), m.name(), m.gender(), p.getBirthDate(), m.birthYear(), support.sensitive().decrypt(p.getIdCipher()),
                support.sensitive().decrypt(p.getPhoneCipher()), true, m.householdOrg(), m.household(), m.residenceOrg(), m.residence(),
                m.controlOrg(), m.controlOrgName(), m.gridOrg(), m.workerId(), m.workerName(), m.drugTypes(), m.firstRegistered(),
                m.status(), m.statusSince(), m.statusDue(), m.tier(), m.tierSince(), m.tierReason(), m.lastVisit(), m.nextVisit(),
                m.visitOverdueDays(), m.lastTest(), m.nextTest(), m.testOverdueDays(), m.openProposals(), m.note(), m.photo(), m.version());
    }

    /** The village a file's control node belongs to (itself when it is a village). */
    OrgNode villageOf(PersonEntity p) {
        return support.org().ancestorAtLevel(p.getControlNodeId(), OrgLevel.VILLAGE).orElse(support.node(p.getControlNodeId()));
    }

    private Set<Long> visibleNodes(UserContext user, String org) {
        Set<Long> nodes = support.visible(user, Permissions.READ);
        if (org != null && !org.isBlank()) {
            Set<Long> sub = support.org().subtreeIds(support.nodeByCode(org, "org").id());
            nodes = new java.util.HashSet<>(nodes);
            nodes.retainAll(sub);
        }
        return nodes;
    }

    private OrgNode place(Validator v, String orgField, String orgCode, String place, String placeField, Text what) {
        if (orgCode != null && !orgCode.isBlank()) {
            Optional<OrgNode> n = support.org().nodeByCode(orgCode.strip());
            if (n.isEmpty()) {
                v.check(false, orgField, Text.of("没有编码为 " + orgCode.strip() + " 的单位", "no org unit has the code " + orgCode.strip()));
            }
            return n.orElse(null);
        }
        if (place == null || place.isBlank()) {
            v.check(false, placeField, Text.of("请填写" + what.zh() + " (本辖区选择村居，辖区外填写地址)", "the " + what.en() + " is required (a village here, or an address elsewhere)"));
        } else {
            v.maxLength(placeField, place, 200);
        }
        return null;
    }

    /** The grid if given, else the residence when it is a village or grid here, else the household. */
    private OrgNode controlNode(OrgNode grid, OrgNode residence, OrgNode household) {
        if (grid != null) {
            return grid;
        }
        for (OrgNode n : new OrgNode[] {residence, household}) {
            if (n != null && (n.level() == OrgLevel.VILLAGE || n.level() == OrgLevel.GRID)) {
                return n;
            }
        }
        return null;
    }

    private static void checkPhone(Validator v, String phone) {
        if (phone != null && !phone.isBlank() && !phone.strip().matches("[0-9+\\- ]{7,20}")) {
            v.check(false, "phone", Text.of("电话号码格式不正确", "the phone number is not valid"));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
