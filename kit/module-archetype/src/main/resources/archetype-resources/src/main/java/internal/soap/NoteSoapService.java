package ${package}.internal.soap;

import java.util.List;

import javax.annotation.Resource;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.soap.SoapService;
import ${package}.internal.Descriptor;
import ${package}.internal.model.Note;
import ${package}.internal.model.NoteDraft;
import ${package}.internal.service.NoteService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /soap/${moduleId}}: the same service for agencies that speak SOAP. The platform authenticates the caller
 * (HTTP Basic) and turns the portal's exceptions into soap:Client faults.
 */
@Component(service = SoapService.class, property = SoapService.NAME + "=" + Descriptor.ID)
@WebService(serviceName = "NoteService", name = "Notes", targetNamespace = NoteSoapService.NS)
public class NoteSoapService implements SoapService {
    static final String NS = "http://example.org/portal/${moduleId}/v1";

    private final NoteService notes;

    @Resource
    private WebServiceContext context;

    /**
     * A note on the wire. JAXB needs a class with a no-argument constructor and public fields or setters: a Java record
     * cannot be a SOAP data class.
     */
    public static class NoteData {
        public long id;
        public String orgCode;
        public String title;
        public String text;
        public String createdBy;
        public String createdAt;

        public NoteData() {
        }

        NoteData(Note n) {
            id = n.id();
            orgCode = n.orgCode();
            title = n.title();
            text = n.text();
            createdBy = n.createdBy();
            createdAt = n.createdAt().toString();
        }
    }

    @Activate
    public NoteSoapService(@Reference NoteService notes) {
        this.notes = notes;
    }

    @WebMethod
    public List<NoteData> listNotes() {
        return notes.list(user()).stream().map(NoteData::new).toList();
    }

    @WebMethod
    public NoteData addNote(@WebParam(name = "orgCode") String orgCode, @WebParam(name = "title") String title,
                            @WebParam(name = "text") String text) {
        return new NoteData(notes.create(user(), new NoteDraft(orgCode, title, text)));
    }

    private UserContext user() {
        return UserContext.from(context.getUserPrincipal());
    }
}
