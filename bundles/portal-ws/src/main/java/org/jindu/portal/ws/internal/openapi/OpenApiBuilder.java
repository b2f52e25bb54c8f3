package org.jindu.portal.ws.internal.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

import org.jindu.portal.api.rest.Created;
import org.jindu.portal.api.rest.Doc;

/**
 * Builds an OpenAPI 3.0 document from JAX-RS annotations by reflection: paths, methods, path/query/header
 * parameters, request bodies and response schemas (records, plain classes, enums, collections, java.time).
 * Plain maps and lists, so it has no dependency on a swagger stack.
 */
public final class OpenApiBuilder {
    /** One published resource: its path under {@code /api/v1}, its class, whether it is public. */
    public record Resource(String path, Class<?> type, boolean isPublic) {
    }

    private final Map<String, Object> schemas = new java.util.TreeMap<>();
    private final Map<Class<?>, String> schemaNames = new LinkedHashMap<>();

    public Map<String, Object> build(List<Resource> resources) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of(
                "title", "禁毒示范创建门户 API / Jindu Portal API",
                "version", "v1",
                "description", "所有接口须登录 (HTTP Basic 或 Bearer 令牌，见 POST /auth/token)，健康检查除外。"
                        + "错误以 JSON 返回: {status, error, message, fields}. / Every endpoint but the health check needs "
                        + "HTTP Basic or a bearer token (POST /auth/token). Errors are JSON: {status, error, message, fields}."));
        doc.put("servers", List.of(Map.of("url", "/api/v1")));
        Map<String, Object> paths = new java.util.TreeMap<>();
        List<Map<String, Object>> tags = new ArrayList<>();
        for (Resource r : resources) {
            String tag = r.path().isEmpty() ? "-" : r.path();
            Doc classDoc = r.type().getAnnotation(Doc.class);
            if (!r.path().isEmpty()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("name", tag);
                if (classDoc != null) {
                    t.put("description", classDoc.value());
                }
                tags.add(t);
            }
            String base = join("/" + r.path(), pathOf(r.type()));
            List<Method> methods = new ArrayList<>(Arrays.asList(r.type().getMethods()));
            methods.sort(Comparator.comparing(Method::getName));
            for (Method m : methods) {
                String verb = httpMethod(m);
                if (verb == null || r.path().isEmpty()) {
                    continue;
                }
                String full = stripRegex(join(base, pathOf(m)));
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(full, k -> new LinkedHashMap<>());
                item.put(verb.toLowerCase(), operation(m, tag, r.isPublic()));
            }
        }
        doc.put("tags", tags);
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas);
        components.put("securitySchemes", Map.of(
                "basicAuth", Map.of("type", "http", "scheme", "basic"),
                "bearerAuth", Map.of("type", "http", "scheme", "bearer")));
        doc.put("components", components);
        doc.put("security", List.of(Map.of("basicAuth", List.of()), Map.of("bearerAuth", List.of())));
        return doc;
    }

    private Map<String, Object> operation(Method m, String tag, boolean isPublic) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(tag));
        op.put("operationId", tag.replace('/', '_') + "_" + m.getName());
        Doc doc = m.getAnnotation(Doc.class);
        op.put("summary", doc != null ? doc.value() : m.getName());
        List<Map<String, Object>> params = new ArrayList<>();
        Parameter[] ps = m.getParameters();
        Type[] types = m.getGenericParameterTypes();
        for (int i = 0; i < ps.length; i++) {
            Parameter p = ps[i];
            if (p.isAnnotationPresent(Context.class)) {
                continue;
            }
            String in = null;
            String name = null;
            if (p.isAnnotationPresent(PathParam.class)) {
                in = "path";
                name = p.getAnnotation(PathParam.class).value();
            } else if (p.isAnnotationPresent(QueryParam.class)) {
                in = "query";
                name = p.getAnnotation(QueryParam.class).value();
            } else if (p.isAnnotationPresent(HeaderParam.class)) {
                in = "header";
                name = p.getAnnotation(HeaderParam.class).value();
            }
            if (in != null) {
                Map<String, Object> param = new LinkedHashMap<>();
                param.put("name", name);
                param.put("in", in);
                param.put("required", "path".equals(in));
                Map<String, Object> schema = new LinkedHashMap<>(schema(types[i]));
                DefaultValue dv = p.getAnnotation(DefaultValue.class);
                if (dv != null) {
                    schema.put("default", dv.value());
                }
                param.put("schema", schema);
                Doc pd = p.getAnnotation(Doc.class);
                if (pd != null) {
                    param.put("description", pd.value());
                }
                params.add(param);
            } else if (!hasJaxRsAnnotation(p)) {
                Consumes consumes = m.getAnnotation(Consumes.class);
                String media = consumes != null && consumes.value().length > 0 ? consumes.value()[0] : "application/json";
                op.put("requestBody", Map.of("required", true, "content", Map.of(media, Map.of("schema", schema(types[i])))));
            }
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Type ret = m.getGenericReturnType();
        List<String> produces = produces(m);
        boolean json = produces.isEmpty() || produces.stream().anyMatch(t -> t.contains("json"));
        String verb = httpMethod(m);
        if (ret == void.class) {
            responses.put("204", Map.of("description", "No content"));
        } else if (!json) {
            // a download: the bytes, in the media types the method declares
            Map<String, Object> content = new LinkedHashMap<>();
            produces.forEach(t -> content.put(t, Map.of("schema", Map.of("type", "string", "format", "binary"))));
            responses.put("200", Map.of("description", "OK", "content", content));
        } else if (ret == Response.class) {
            responses.put("200", Map.of("description", "OK"));
        } else if (m.isAnnotationPresent(Created.class)) {
            responses.put("201", Map.of("description", "Created", "content", Map.of("application/json", Map.of("schema", schema(ret)))));
        } else {
            responses.put("200", Map.of("description", "OK", "content", Map.of("application/json", Map.of("schema", schema(ret)))));
        }
        // the errors this operation can answer: input (any request: path, query, headers), login and permission,
        // a missing record (or one outside the caller's area) where the path names one, a conflict on writes, a body
        // of the wrong type, and a busy or not yet ready server
        responses.put("400", error("输入有误 / Invalid input"));
        if (!isPublic) {
            responses.put("401", error("未登录 / Not authenticated"));
            responses.put("403", error("无权限 / Forbidden"));
        }
        if (!pathParams(m).isEmpty()) {
            responses.put("404", error("不存在或不在管辖范围内 / Not found, or outside your area"));
        }
        if (!"GET".equals(verb) && !"HEAD".equals(verb)) {
            responses.put("409", error("冲突 (记录已被他人修改或已存在) / Conflict (changed by someone else, or exists already)"));
        }
        if (op.containsKey("requestBody")) {
            responses.put("415", error("请求体类型不支持 / Unsupported media type"));
        }
        responses.put("503", error("服务繁忙或尚未就绪，请稍后重试 / Busy or not ready yet; try again"));
        op.put("responses", responses);
        if (isPublic) {
            op.put("security", List.of());
        }
        return op;
    }

    private Map<String, Object> error(String description) {
        return Map.of("description", description, "content", Map.of("application/json",
                Map.of("schema", schema(ErrorSchema.class))));
    }

    /** The error body, described once (the real one lives in the JAX-RS providers). */
    record ErrorSchema(int status, String error, String message, List<FieldSchema> fields) {
    }

    /** One invalid field of an error body. */
    record FieldSchema(String field, String message) {
    }

    Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type[] args = pt.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schema(args[1]));
            }
            if (Optional.class == raw) {
                return schema(args[0]);
            }
            return schema(raw);
        }
        if (type instanceof GenericArrayType gat) {
            return Map.of("type", "array", "items", schema(gat.getGenericComponentType()));
        }
        if (!(type instanceof Class<?> c)) {
            return Map.of("type", "object");
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return Map.of("type", "string");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class || c == Byte.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            return Map.of("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == LocalDateTime.class || c == Instant.class || c == OffsetDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (java.io.InputStream.class.isAssignableFrom(c)) {
            return Map.of("type", "string", "format", "binary");
        }
        if (c.isArray()) {
            return c == byte[].class ? Map.of("type", "string", "format", "byte") : Map.of("type", "array", "items", schema(c.getComponentType()));
        }
        if (c.isEnum()) {
            // Jackson writes an enum by its name
            return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
        }
        if (c == Object.class || Map.class.isAssignableFrom(c)) {
            return Map.of("type", "object");
        }
        if (Collection.class.isAssignableFrom(c)) {
            return Map.of("type", "array", "items", Map.of());
        }
        return Map.of("$ref", "#/components/schemas/" + define(c));
    }

    private String define(Class<?> c) {
        String existing = schemaNames.get(c);
        if (existing != null) {
            return existing;
        }
        String name = c.getSimpleName();
        if (schemas.containsKey(name)) {
            String pkg = c.getPackageName();
            name = pkg.substring(pkg.lastIndexOf('.') + 1) + "_" + name;
        }
        schemaNames.put(c, name);
        Map<String, Object> props = new LinkedHashMap<>();
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("type", "object");
        schemas.put(name, def);
        List<String> required = new ArrayList<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (ignored(rc.getAccessor()) || ignored(field(c, rc.getName()))) {
                    continue;
                }
                String json = jsonName(rc.getName(), rc.getAccessor(), field(c, rc.getName()));
                props.put(json, property(rc.getType(), rc.getGenericType(), rc.getAnnotation(Doc.class)));
                if (rc.getType().isPrimitive()) {
                    required.add(json);
                }
            }
        } else {
            for (Field f : c.getFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !ignored(f)) {
                    props.put(jsonName(f.getName(), null, f), property(f.getType(), f.getGenericType(), f.getAnnotation(Doc.class)));
                }
            }
            for (Method m : c.getMethods()) {
                String prop = propertyOf(m);
                if (prop != null && !ignored(m)) {
                    String json = jsonName(prop, m, null);
                    props.putIfAbsent(json, property(m.getReturnType(), m.getGenericReturnType(), null));
                }
            }
        }
        def.put("properties", props);
        if (!required.isEmpty()) {
            def.put("required", required);
        }
        Doc d = c.getAnnotation(Doc.class);
        if (d != null) {
            def.put("description", d.value());
        }
        return name;
    }

    /**
     * A property: its schema, {@code nullable} unless a primitive (the API writes nulls; a reference needs allOf for a
     * sibling keyword in OpenAPI 3.0), and its description.
     */
    private Map<String, Object> property(Class<?> raw, Type type, Doc doc) {
        Map<String, Object> schema = schema(type);
        if (!raw.isPrimitive()) {
            schema = schema.containsKey("$ref") ? new LinkedHashMap<>(Map.of("allOf", List.of(schema))) : new LinkedHashMap<>(schema);
            schema.put("nullable", true);
        }
        return describe(schema, doc);
    }

    private static Field field(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean ignored(java.lang.reflect.AnnotatedElement e) {
        com.fasterxml.jackson.annotation.JsonIgnore ignore = e == null ? null : e.getAnnotation(com.fasterxml.jackson.annotation.JsonIgnore.class);
        return ignore != null && ignore.value();
    }

    /** The name Jackson writes: {@code @JsonProperty} on the accessor or the field, else the Java name. */
    private static String jsonName(String javaName, java.lang.reflect.AnnotatedElement accessor, java.lang.reflect.AnnotatedElement field) {
        for (java.lang.reflect.AnnotatedElement e : new java.lang.reflect.AnnotatedElement[] {accessor, field}) {
            com.fasterxml.jackson.annotation.JsonProperty p = e == null ? null : e.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (p != null && !p.value().isEmpty()) {
                return p.value();
            }
        }
        return javaName;
    }

    private static Map<String, Object> describe(Map<String, Object> schema, Doc doc) {
        if (doc == null) {
            return schema;
        }
        Map<String, Object> s = new LinkedHashMap<>(schema);
        if (s.containsKey("$ref")) {
            return Map.of("allOf", List.of(schema), "description", doc.value());
        }
        s.put("description", doc.value());
        return s;
    }

    private static String propertyOf(Method m) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class) {
            return null;
        }
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3 && m.getReturnType() != void.class) {
            return Character.toLowerCase(n.charAt(3)) + n.substring(4);
        }
        if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class)) {
            return Character.toLowerCase(n.charAt(2)) + n.substring(3);
        }
        return null;
    }

    /** The media types a method answers with: its own {@code @Produces}, else its class's. */
    private static List<String> produces(Method m) {
        Produces p = m.getAnnotation(Produces.class);
        if (p == null) {
            p = m.getDeclaringClass().getAnnotation(Produces.class);
        }
        return p == null ? List.of() : Arrays.stream(p.value()).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList();
    }

    private static List<String> pathParams(Method m) {
        return Arrays.stream(m.getParameters()).filter(p -> p.isAnnotationPresent(PathParam.class))
                .map(p -> p.getAnnotation(PathParam.class).value()).toList();
    }

    private static boolean hasJaxRsAnnotation(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            if (a.annotationType().getPackageName().startsWith("javax.ws.rs")) {
                return true;
            }
        }
        return false;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod hm = a.annotationType().getAnnotation(HttpMethod.class);
            if (hm != null) {
                return hm.value();
            }
        }
        return null;
    }

    private static String pathOf(java.lang.reflect.AnnotatedElement e) {
        Path p = e.getAnnotation(Path.class);
        return p == null ? "" : p.value();
    }

    static String join(String a, String b) {
        String joined = ("/" + a + "/" + b).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** "{id: \\d+}" → "{id}" */
    static String stripRegex(String path) {
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }
}
