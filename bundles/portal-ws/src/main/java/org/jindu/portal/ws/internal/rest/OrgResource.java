package org.jindu.portal.ws.internal.rest;

import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.rest.Created;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.platform.admin.OrgAdmin;
import org.jindu.portal.platform.admin.OrgNodeDraft;
import org.jindu.portal.platform.admin.UnitDraft;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/org}: the org tree as far as the caller's scope reaches, and the member units. */
@Component(service = RestResource.class, property = RestResource.PATH + "=org")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("组织架构和成员单位 / Org tree and member units")
public class OrgResource implements RestResource {
    private static final Text NODE = Text.of("组织节点", "Org node");

    private final AccessPolicy access;
    private final OrgDirectory org;
    private final OrgAdmin admin;

    @Activate
    public OrgResource(@Reference AccessPolicy access, @Reference OrgDirectory org, @Reference OrgAdmin admin) {
        this.access = access;
        this.org = org;
        this.admin = admin;
    }

    @GET
    @Path("nodes")
    @Doc("我管辖范围内的节点，可按层级过滤 / Nodes in my area, optionally of one level")
    public List<OrgNode> nodes(@Context SecurityContext security, @QueryParam("level") String level) {
        UserContext u = Rest.user(security);
        OrgLevel wanted = parseLevel(level);
        Set<Long> visible = access.visibleNodes(u, PlatformPermissions.ORG_READ);
        return org.root() == null ? List.of() : org.subtree(org.root().id()).stream()
                .filter(n -> visible.contains(n.id()))
                .filter(n -> wanted == null || n.level() == wanted).toList();
    }

    @GET
    @Path("nodes/{id}")
    @Doc("一个节点 / One node")
    public OrgNode node(@Context SecurityContext security, @PathParam("id") long id) {
        OrgNode n = org.node(id).orElseThrow(() -> NotFoundException.of(NODE, id));
        access.check(Rest.user(security), PlatformPermissions.ORG_READ, id);
        return n;
    }

    @GET
    @Path("nodes/{id}/children")
    @Doc("下级节点 / Child nodes")
    public List<OrgNode> children(@Context SecurityContext security, @PathParam("id") long id) {
        node(security, id);
        return org.children(id);
    }

    @POST
    @Path("nodes")
    @Doc("新建节点 (管理员) / Create a node (administrators)")
    @Created
    public OrgNode create(@Context SecurityContext security, OrgNodeDraft draft) {
        OrgNode n = admin.createNode(Rest.user(security), required(draft));
        return n;
    }

    @PUT
    @Path("nodes/{id}")
    @Doc("修改节点的编码、名称和顺序 (管理员) / Change a node's code, names and order (administrators)")
    public OrgNode update(@Context SecurityContext security, @PathParam("id") long id, OrgNodeDraft draft) {
        return admin.updateNode(Rest.user(security), id, required(draft));
    }

    @GET
    @Path("units")
    @Doc("成员单位 / Member units")
    public List<MemberUnit> units(@Context SecurityContext security) {
        access.check(Rest.user(security), PlatformPermissions.ORG_READ);
        return org.units();
    }

    @POST
    @Path("units")
    @Doc("新建成员单位 (管理员) / Create a member unit (administrators)")
    @Created
    public MemberUnit createUnit(@Context SecurityContext security, UnitDraft draft) {
        MemberUnit u = admin.createUnit(Rest.user(security), required(draft));
        return u;
    }

    @PUT
    @Path("units/{code}")
    @Doc("修改成员单位 (管理员) / Change a member unit (administrators)")
    public MemberUnit updateUnit(@Context SecurityContext security, @PathParam("code") String code, UnitDraft draft) {
        return admin.updateUnit(Rest.user(security), code, required(draft));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw ValidationException.of("body", Text.of("缺少请求体", "the request body is missing"));
        }
        return body;
    }

    private static OrgLevel parseLevel(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return OrgLevel.valueOf(level.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("level", Text.of("层级应为 CITY、TOWN、VILLAGE 或 GRID", "level must be CITY, TOWN, VILLAGE or GRID"));
        }
    }
}
