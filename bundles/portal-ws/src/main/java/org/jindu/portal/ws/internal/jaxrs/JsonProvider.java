package org.jindu.portal.ws.internal.jaxrs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

import org.jindu.portal.api.rest.KeptList;
import org.jindu.portal.ws.internal.Json;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Jackson with the API's configuration, a mapper per REST server (see {@link Json#newMapper}); JSON in and out. A
 * {@link KeptList} is serialised once, by this same code, and its bytes are sent again afterwards.
 */
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {
    public JsonProvider() {
        super(Json.newMapper());
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream out) throws IOException {
        if (!(value instanceof KeptList<?> kept)) {
            super.writeTo(value, type, genericType, annotations, mediaType, httpHeaders, out);
            return;
        }
        byte[] json = kept.json();
        if (json == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
            super.writeTo(value, type, genericType, annotations, mediaType, httpHeaders, buffer);
            json = buffer.toByteArray();
            kept.json(json);
        }
        out.write(json);
    }
}
