package org.jindu.portal.ws.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of the API: ISO dates, unknown fields rejected (so typos surface as 400); missing
 * fields are left to the services' validation, which names them.
 */
public final class Json {
    /** For the platform's own documents (the OpenAPI document: maps and lists, no module class). */
    public static final ObjectMapper MAPPER = newMapper();

    private Json() {
    }

    /**
     * A mapper of its own for one REST server: Jackson caches serializers and types by class, so a mapper shared by
     * every module's server kept the classes (and class loaders) of every module version ever installed. Each server's
     * mapper, and its own type cache, goes with the server.
     */
    public static ObjectMapper newMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<>(16, 200)));
        return mapper;
    }
}
