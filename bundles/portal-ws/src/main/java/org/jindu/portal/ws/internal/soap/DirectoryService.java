package org.jindu.portal.ws.internal.soap;

import java.util.List;
import java.util.Set;

import javax.annotation.Resource;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.soap.SoapService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /soap/directory}: the org tree and member units for other agencies' systems (EX-2), scoped like the REST
 * API: a caller sees the nodes of his own area.
 */
@Component(service = SoapService.class, property = SoapService.NAME + "=directory")
@WebService(serviceName = "DirectoryService", name = "Directory", targetNamespace = DirectoryService.NS)
public class DirectoryService implements SoapService {
    static final String NS = "http://jindu.org/portal/directory/v1";

    private final OrgDirectory org;
    private final AccessPolicy access;

    @Resource
    private WebServiceContext context;

    /** An org node as SOAP carries it. */
    public static class Node {
        public long id;
        public Long parentId;
        public String code;
        public String name;
        public String nameEn;
        public String level;

        public Node() {
        }

        Node(OrgNode n) {
            id = n.id();
            parentId = n.parentId();
            code = n.code();
            name = n.name();
            nameEn = n.nameEn();
            level = n.level().name();
        }
    }

    /** A member unit as SOAP carries it. */
    public static class Unit {
        public String code;
        public String name;
        public String nameEn;
        public long orgNodeId;

        public Unit() {
        }

        Unit(MemberUnit u) {
            code = u.code();
            name = u.name();
            nameEn = u.nameEn();
            orgNodeId = u.orgNodeId();
        }
    }

    @Activate
    public DirectoryService(@Reference OrgDirectory org, @Reference AccessPolicy access) {
        this.org = org;
        this.access = access;
    }

    @WebMethod
    @WebResult(name = "node")
    public List<Node> getNodes() {
        Set<Long> visible = access.visibleNodes(caller(), PlatformPermissions.ORG_READ);
        return org.root() == null ? List.of() : org.subtree(org.root().id()).stream()
                .filter(n -> visible.contains(n.id())).map(Node::new).toList();
    }

    @WebMethod
    @WebResult(name = "node")
    public Node getNode(@WebParam(name = "code") String code) {
        OrgNode n = org.nodeByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> NotFoundException.of(Text.of("组织节点", "Org node"), code));
        access.check(caller(), PlatformPermissions.ORG_READ, n.id());
        return new Node(n);
    }

    @WebMethod
    @WebResult(name = "unit")
    public List<Unit> getUnits() {
        access.check(caller(), PlatformPermissions.ORG_READ);
        return org.units().stream().map(Unit::new).toList();
    }

    private UserContext caller() {
        return UserContext.from(context.getUserPrincipal());
    }
}
