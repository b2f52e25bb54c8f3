package org.jindu.portal.ws.internal.jaxrs;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jindu.portal.ws.internal.Json;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/** Jackson with the API's configuration, a mapper per REST server (see {@link Json#newMapper}); JSON in and out. */
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {
    public JsonProvider() {
        super(Json.newMapper());
    }
}
