/**
 * JPA support shared by the platform and every module. Each bundle that owns tables has its own persistence unit
 * ({@code portal.<module>}, transaction type {@code RESOURCE_LOCAL}) on the one portal DataSource; Aries JPA
 * registers its {@code EntityManagerFactory} as a service with {@code osgi.unit.name=portal.<module>}.
 * {@link org.jindu.portal.api.persistence.Jpa} runs work in a transaction on such a factory.
 *
 * <p>Why not JTA and Aries' {@code JpaTemplate}: it needs a transaction manager, JNDI and an XA pool only to get
 * what one resource-local transaction per unit gives us; cross-unit atomicity is not needed because modules
 * reference each other by id and the audit log commits on its own (see {@link org.jindu.portal.api.audit.AuditLog}).
 */
@Export
@Version("1.0.0")
package org.jindu.portal.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
