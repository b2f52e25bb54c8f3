package ${package}.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.rest.Created;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import ${package}.internal.Descriptor;
import ${package}.internal.model.Note;
import ${package}.internal.model.NoteDraft;
import ${package}.internal.service.NoteService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/${moduleId}}: the platform publishes it with its JSON provider, authentication and error mapping
 * (400 with the fields, 403, 404, 409), and describes it in /api/openapi.json from these annotations.
 */
@Component(service = RestResource.class, property = RestResource.PATH + "=" + Descriptor.ID)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("${moduleName} / ${moduleNameEn}")
public class NoteResource implements RestResource {
    private final NoteService notes;

    @Activate
    public NoteResource(@Reference NoteService notes) {
        this.notes = notes;
    }

    @GET
    @Path("notes")
    @Doc("本辖区的记事 / The notes of one's area")
    public List<Note> list(@Context SecurityContext security) {
        return notes.list(UserContext.from(security.getUserPrincipal()));
    }

    @POST
    @Path("notes")
    @Doc("记录一条记事 / Write a note")
    @Created
    public Note create(@Context SecurityContext security, NoteDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", Text.of("请求体不能为空", "the request needs a body"));
        }
        Note created = notes.create(UserContext.from(security.getUserPrincipal()), draft);
        return created;
    }
}
