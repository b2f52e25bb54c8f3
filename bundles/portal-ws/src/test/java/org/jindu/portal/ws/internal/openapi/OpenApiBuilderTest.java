package org.jindu.portal.ws.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jindu.portal.api.rest.Created;
import org.jindu.portal.api.rest.Doc;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The published document describes what the API really answers (issue 10, acceptance 1: the builder's own test). */
class OpenApiBuilderTest {
    enum Colour { RED, GREEN;
        @Override
        public String toString() {
            return "a colour";
        }
    }

    record Part(String code) {
    }

    record Thing(long id, String name, Integer count, LocalDate since, Colour colour, Part part, List<Part> parts,
                 @JsonProperty("renamed") String javaName, @JsonIgnore String secret, boolean flag) {
    }

    record Draft(String name) {
    }

    @Path("/")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Things {
        @GET
        public List<Thing> list(@QueryParam("colour") Colour colour) {
            return List.of();
        }

        @GET
        @Path("{id}")
        public Thing get(@PathParam("id") long id) {
            return null;
        }

        @POST
        @Created
        @Doc("create")
        public Thing create(Draft draft) {
            return null;
        }

        @GET
        @Path("{id}/photo")
        @Produces({"image/jpeg", "image/png"})
        public Response photo(@PathParam("id") long id) {
            return null;
        }

        @POST
        @Path("{id}/file")
        @Consumes(MediaType.APPLICATION_OCTET_STREAM)
        public Thing upload(@PathParam("id") long id, InputStream body) {
            return null;
        }
    }

    @Path("/")
    public static class Open {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, String> health() {
            return Map.of();
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... keys) {
        Object o = node;
        for (String k : keys) {
            o = ((Map<String, Object>) o).get(k);
        }
        return (T) o;
    }

    final Map<String, Object> doc = new OpenApiBuilder().build(List.of(
            new OpenApiBuilder.Resource("things", Things.class, false), new OpenApiBuilder.Resource("health", Open.class, true)));

    @Test
    void propertiesAreNullableUnlessPrimitiveAndPrimitivesAreRequired() {
        Map<String, Object> thing = at(doc, "components", "schemas", "Thing");
        Map<String, Object> props = at(thing, "properties");
        assertThat(at(props, "id", "nullable") == null).isTrue();
        assertThat((Boolean) at(props, "name", "nullable")).isTrue();
        assertThat((Boolean) at(props, "count", "nullable")).isTrue();
        assertThat((String) at(props, "since", "format")).isEqualTo("date");
        assertThat((Boolean) at(props, "part", "nullable")).as("a reference, wrapped in allOf").isTrue();
        assertThat((List<Object>) at(props, "part", "allOf")).hasSize(1);
        assertThat((List<String>) at(thing, "required")).containsExactly("id", "flag");
    }

    @Test
    void jacksonNamesAndEnumsAsJacksonWritesThem() {
        Map<String, Object> props = at(doc, "components", "schemas", "Thing", "properties");
        assertThat(props).containsKey("renamed").doesNotContainKeys("javaName", "secret");
        assertThat((List<String>) at(props, "colour", "enum")).containsExactly("RED", "GREEN");
    }

    @Test
    void createsAnswer201DownloadsBinaryAndErrorsOnlyWhereTheyCanHappen() {
        Map<String, Object> create = at(doc, "paths", "/things", "post", "responses");
        assertThat(create).containsKeys("201", "400", "401", "403", "409", "415", "503").doesNotContainKeys("200", "404");
        assertThat((String) at(create, "201", "content", "application/json", "schema", "$ref")).endsWith("/Thing");

        Map<String, Object> list = at(doc, "paths", "/things", "get", "responses");
        assertThat(list).containsKeys("200", "400", "401", "403", "503").doesNotContainKeys("404", "409", "415");

        Map<String, Object> get = at(doc, "paths", "/things/{id}", "get", "responses");
        assertThat(get).containsKey("404");

        Map<String, Object> photo = at(doc, "paths", "/things/{id}/photo", "get", "responses", "200", "content");
        assertThat(photo).containsOnlyKeys("image/jpeg", "image/png");
        assertThat((String) at(photo, "image/png", "schema", "format")).isEqualTo("binary");

        Map<String, Object> upload = at(doc, "paths", "/things/{id}/file", "post", "requestBody", "content");
        assertThat(upload).containsOnlyKeys("application/octet-stream");

        Map<String, Object> health = at(doc, "paths", "/health", "get", "responses");
        assertThat(health).doesNotContainKeys("401", "403");
    }
}
