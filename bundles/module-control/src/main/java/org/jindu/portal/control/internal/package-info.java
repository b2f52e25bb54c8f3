/**
 * Control and assistance module (管控帮扶, DOMAIN.md CT-1 to CT-7). Nothing is exported: the module talks to the
 * platform through its services (REST resources, SOAP service, view contributions, demo data) and posts events on
 * {@code portal/control/...} with ids only, never names or ID numbers.
 *
 * <p>Personal data: ID numbers and phones are encrypted with the platform's {@code SensitiveData} (key outside the
 * database) and found by a keyed hash, masked in every list, view and export unless a user with
 * {@code control.identify} asks for the full value, which is audited; every read of a file is audited too.
 */
package org.jindu.portal.control.internal;
