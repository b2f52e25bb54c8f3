package org.jindu.portal.ws.internal.jaxrs;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.jindu.portal.api.Text;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Malformed JSON, unknown fields and wrong types: 400 naming the field, never a parser stack trace. */
public class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(JsonProcessingException e) {
        Locale locale = Locales.of(headers);
        if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
            String field = ((JsonMappingException) e).getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            Text problem = e instanceof UnrecognizedPropertyException
                    ? Text.of("未知字段", "unknown field")
                    : Text.of("类型或格式不正确", "wrong type or format");
            return ErrorBody.response(400, "Bad Request", Text.of("输入有误: " + field, "Invalid input: " + field).get(locale),
                    List.of(new ErrorBody.Field(field, problem.get(locale))));
        }
        Text text = e instanceof JsonParseException
                ? Text.of("请求体不是有效的 JSON", "The request body is not valid JSON")
                : Text.of("请求体无法解析", "The request body cannot be read");
        return ErrorBody.response(400, "Bad Request", text.get(locale), List.of());
    }
}
