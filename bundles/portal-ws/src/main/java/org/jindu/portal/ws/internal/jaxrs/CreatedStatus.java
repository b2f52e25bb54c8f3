package org.jindu.portal.ws.internal.jaxrs;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.jindu.portal.api.rest.Created;

/** A method marked {@link Created} that answered normally answers 201 (the OpenAPI document says the same). */
public class CreatedStatus implements ContainerResponseFilter {
    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 200 && resource != null && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(Created.class)) {
            response.setStatus(201);
        }
    }
}
