/**
 * The module kit's service support, embedded into each module rather than deployed: {@link
 * org.jindu.portal.support.ModuleSupport} (a module's persistence unit, access policy, audit log, org tree and clock in
 * one component its services share) and {@link org.jindu.portal.support.Jpa} (resource-local transactions on a
 * module's persistence unit).
 *
 * <p><b>Why embedded and not a bundle of its own.</b> The module parent POM copies these packages into every module
 * jar with bnd's {@code -conditionalpackage}. Helpers change far more often than contracts (six of nine API commits
 * before this split touched helpers); embedded, a new helper version reaches a module when the module is rebuilt,
 * never through a refresh of every module at runtime, and two modules built with different helper versions run side
 * by side. The contracts they call ({@code org.jindu.portal.api.*}, JPA) stay imported. The cost is a few kilobytes
 * per module. Nothing here is an OSGi service or holds state across modules: {@code Jpa}'s thread-local is keyed by
 * the module's own factory.
 *
 * <p>Why resource-local JPA and not JTA with Aries' {@code JpaTemplate}: it needs a transaction manager, JNDI and an
 * XA pool only to get what one resource-local transaction per unit gives us; cross-unit atomicity is not needed
 * because modules reference each other by id.
 */
package org.jindu.portal.support;
