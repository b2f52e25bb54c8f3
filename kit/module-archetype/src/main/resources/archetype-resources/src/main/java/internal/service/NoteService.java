package ${package}.internal.service;

import java.util.List;
import java.util.Set;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.support.ModuleSupport;
import ${package}.internal.Descriptor;
import ${package}.internal.Support;
import ${package}.internal.domain.NoteRules;
import ${package}.internal.model.Note;
import ${package}.internal.model.NoteDraft;
import ${package}.internal.persistence.NoteEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's one service: views, REST and SOAP all call it, so the permission, the scope (in the query, not by
 * filtering in memory), the validation and the audit entry hold whichever door the user came through.
 */
@Component(service = NoteService.class)
public class NoteService {
    private final Support support;

    @Activate
    public NoteService(@Reference Support support) {
        this.support = support;
    }

    /** The notes of the user's area, newest first. */
    public List<Note> list(UserContext user) {
        Set<Long> nodes = support.visible(user, Descriptor.READ);
        return support.tx(em -> ModuleSupport.inNodes(em.createQuery(
                "select n from NoteEntity n where n.orgNodeId in :nodes order by n.id desc", NoteEntity.class), nodes))
                .stream().map(this::note).toList();
    }

    /** How many notes the user's area has (the home tile). */
    public long count(UserContext user) {
        Set<Long> nodes = support.visible(user, Descriptor.READ);
        if (nodes.isEmpty()) {
            return 0;
        }
        return support.tx(em -> em.createQuery("select count(n) from NoteEntity n where n.orgNodeId in :nodes", Long.class)
                .setParameter("nodes", nodes).getSingleResult());
    }

    /**
     * Writes a note on an org node of the user's area. The audit entry is written in the same transaction: the note
     * never commits without it, and when it cannot be written the note rolls back too.
     */
    public Note create(UserContext user, NoteDraft draft) {
        support.check(user, Descriptor.EDIT);
        NoteRules.check(draft).throwIfInvalid();
        OrgNode node = support.nodeByCode(draft.orgCode(), "orgCode");
        support.check(user, Descriptor.EDIT, node.id());
        NoteEntity saved = support.tx(em -> {
            NoteEntity n = new NoteEntity();
            n.setOrgNodeId(node.id());
            n.setTitle(draft.title().strip());
            n.setText(draft.text() == null ? null : draft.text().strip());
            n.setCreatedBy(user.username());
            n.setCreatedAt(support.now());
            em.persist(n);
            em.flush(); // assigns the id the entry names
            support.audit(user, AuditAction.CREATE, "note", n.getId(), node.id(), "title=" + n.getTitle());
            return n;
        });
        return note(saved);
    }

    private Note note(NoteEntity n) {
        OrgNode node = support.node(n.getOrgNodeId());
        return new Note(n.getId(), node.code(), node.name(), n.getTitle(), n.getText(), n.getCreatedBy(), n.getCreatedAt());
    }
}
