/**
 * The portal's web-service doors. Two CXF servlets, each with its own bus, own the public roots
 * {@code /api/v1/*} (JAX-RS) and {@code /soap/*} (JAX-WS). Modules never touch CXF: they register plain annotated
 * objects as {@link org.jindu.portal.api.rest.RestResource} or {@link org.jindu.portal.api.soap.SoapService}
 * services, and the publishers here create and destroy one CXF server per contribution, with the shared providers
 * (JSON, authentication, error mapping) and the OpenAPI description.
 *
 * <p>Why not the Aries JAX-RS whiteboard: it brings a second JAX-RS stack, no SOAP, and refreshes many bundles on
 * install; one server per contribution on a shared bus appears and disappears in milliseconds.
 */
package org.jindu.portal.ws.internal;
