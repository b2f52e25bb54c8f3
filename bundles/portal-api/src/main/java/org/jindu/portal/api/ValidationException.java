package org.jindu.portal.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that fails validation (HTTP 400). Names every invalid field with its problem, so that a form can mark
 * the fields and a REST client can fix its request. Build one with {@link Validator}.
 */
public class ValidationException extends PortalException {
    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = Collections.unmodifiableList(new ArrayList<>(errors));
    }

    public static ValidationException of(String field, Text message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static Text summary(List<FieldError> errors) {
        String fields = errors.stream().map(FieldError::field).collect(Collectors.joining(", "));
        return Text.of("输入有误: " + fields, "Invalid input: " + fields);
    }
}
