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

import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.rest.KeptList;
import org.jindu.portal.ws.internal.Json;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Jackson with the API's configuration, a mapper per REST server (see {@link Json#newMapper}); JSON in and out. A
 * {@link KeptList} is serialised once, by this same code, and its bytes are sent again afterwards. A body that is
 * empty or {@code null} is refused (400) before a resource sees it, and so is one that cannot be read to its end.
 */
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {
    public JsonProvider() {
        super(Json.newMapper());
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, java.io.InputStream in) throws IOException {
        Object value;
        try {
            value = super.readFrom(type, genericType, annotations, mediaType, httpHeaders, in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | org.jindu.portal.api.PortalException | javax.ws.rs.WebApplicationException e) {
            throw e;
        } catch (IOException | RuntimeException unreadable) {
            // a body shorter than its Content-Length, broken chunking, a client that hung up: not the server's fault
            throw ValidationException.of("body", Text.of("请求体不完整或无法读取", "the request body is incomplete or unreadable"));
        }
        if (value == null) {
            // an empty body or a JSON null where the operation needs an object: the client's mistake, not a NullPointerException
            throw ValidationException.of("body", Text.of("请求体不能为空", "the request body is required"));
        }
        return value;
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
