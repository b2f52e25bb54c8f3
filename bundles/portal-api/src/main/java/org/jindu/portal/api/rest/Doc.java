package org.jindu.portal.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A human description for the OpenAPI document at {@code /api/openapi.json}: on a resource class it names the tag,
 * on a method it gives the operation's summary, on a record component or field the property's description.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Doc {
    /** Chinese first, English after " / " if wanted, e.g. {@code "申请列表 / List applications"}. */
    String value();
}
