package org.jindu.portal.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method that creates something: the platform answers {@code 201 Created} with the returned value as
 * the body, and the published OpenAPI document says so with the body's schema. Return the created record's type (not
 * a {@code javax.ws.rs.core.Response}), so that the document can describe it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Created {
}
