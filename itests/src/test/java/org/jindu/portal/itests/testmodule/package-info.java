/**
 * A small portal module written against the SPI only ({@code org.jindu.portal.api.*}, JAX-RS, JAX-WS, Vaadin).
 * The integration tests package these classes twice, as bundles {@code testa} and {@code testb} (the module id comes
 * from the manifest header {@code Test-Module-Id}), install them into the running portal and remove them again.
 *
 * <p>It keeps one record per village of the org tree in memory, scoped with {@link org.jindu.portal.api.AccessPolicy},
 * and one "person" record whose read is audited as personal data.
 */
package org.jindu.portal.itests.testmodule;
