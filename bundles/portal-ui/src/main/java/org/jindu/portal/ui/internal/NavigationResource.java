package org.jindu.portal.ui.internal;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/navigation}: the menu entries the caller would see in the web UI, by the same rule. For other
 * front ends (and for tests that check that a module's entry comes and goes).
 */
@Component(service = RestResource.class, property = RestResource.PATH + "=navigation")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Doc("导航菜单 / Navigation entries")
public class NavigationResource implements RestResource {
    private final ViewRegistry registry;
    private final AccessPolicy access;

    /** One entry of the menu. */
    public record Entry(String id, String moduleId, String title, String permission, int order, String icon) {
    }

    @Activate
    public NavigationResource(@Reference ViewRegistry registry, @Reference AccessPolicy access) {
        this.registry = registry;
        this.access = access;
    }

    @GET
    @Doc("我可以打开的页面 / The pages I may open")
    public List<Entry> entries(@Context SecurityContext security, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        UserContext user = UserContext.from(security.getUserPrincipal());
        Locale locale = language != null && language.toLowerCase().startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return Navigation.views(registry, access, user).stream()
                .map(v -> new Entry(v.id(), v.moduleId(), v.title().get(locale), v.permission(), v.order(), v.icon())).toList();
    }
}
