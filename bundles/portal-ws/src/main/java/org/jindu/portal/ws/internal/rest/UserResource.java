package org.jindu.portal.ws.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.rest.Created;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.platform.admin.UserAdmin;
import org.jindu.portal.platform.admin.UserDraft;
import org.jindu.portal.platform.admin.UserInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/users}: user administration (system administrators only). Passwords never leave the server. */
@Component(service = RestResource.class, property = RestResource.PATH + "=users")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("用户管理 (管理员) / User administration (administrators)")
public class UserResource implements RestResource {
    private final UserAdmin users;

    /** A new password. */
    public record NewPassword(String password) {
    }

    @Activate
    public UserResource(@Reference UserAdmin users) {
        this.users = users;
    }

    @GET
    @Doc("全部用户 / All users")
    public List<UserInfo> list(@Context SecurityContext security) {
        return users.users(Rest.user(security));
    }

    @GET
    @Path("{id}")
    @Doc("一个用户 / One user")
    public UserInfo get(@Context SecurityContext security, @PathParam("id") long id) {
        return users.user(Rest.user(security), id);
    }

    @POST
    @Doc("新建用户 / Create a user")
    @Created
    public UserInfo create(@Context SecurityContext security, UserDraft draft) {
        return users.create(Rest.user(security), OrgResource.required(draft));
    }

    @PUT
    @Path("{id}")
    @Doc("修改用户 (密码另行重置) / Change a user (reset the password separately)")
    public UserInfo update(@Context SecurityContext security, @PathParam("id") long id, UserDraft draft) {
        return users.update(Rest.user(security), id, OrgResource.required(draft));
    }

    @POST
    @Path("{id}/password")
    @Doc("重置密码并解锁 / Reset the password and unlock")
    public void resetPassword(@Context SecurityContext security, @PathParam("id") long id, NewPassword body) {
        users.resetPassword(Rest.user(security), id, OrgResource.required(body).password());
    }

    @POST
    @Path("{id}/unlock")
    @Doc("解除锁定 / Unlock after failed logins")
    public void unlock(@Context SecurityContext security, @PathParam("id") long id) {
        users.unlock(Rest.user(security), id);
    }
}
