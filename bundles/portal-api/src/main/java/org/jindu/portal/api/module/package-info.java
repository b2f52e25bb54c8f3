/**
 * The module SPI: how a business module tells the platform that it exists.
 *
 * <h2>Writing a module</h2>
 * A module is one OSGi bundle. It registers (with Declarative Services or by hand) services of these types;
 * the platform tracks them, so installing the bundle makes every contribution appear and stopping or removing it
 * makes them disappear, without a restart and without touching other modules:
 * <ul>
 *   <li>one {@link org.jindu.portal.api.module.ModuleDescriptor}: id, names, version and the permissions it
 *       defines with their default roles. Registering it is what makes the module "installed"; member units then
 *       enable it by its id ({@link org.jindu.portal.api.module.ModuleRegistry}).</li>
 *   <li>any number of {@link org.jindu.portal.api.rest.RestResource} objects (JAX-RS), published under
 *       {@code /api/v1/<path>};</li>
 *   <li>any number of {@link org.jindu.portal.api.soap.SoapService} objects (JAX-WS), published under
 *       {@code /soap/<name>};</li>
 *   <li>any number of {@link org.jindu.portal.api.ui.ViewContribution} objects: navigation entries plus a factory
 *       that builds the view for each UI session;</li>
 *   <li>optionally a {@link org.jindu.portal.api.module.DemoDataContributor}, run only in demo mode.</li>
 * </ul>
 * A module that owns tables names its migration folder in the manifest header
 * {@value org.jindu.portal.api.schema.SchemaReady#MANIFEST_HEADER} and waits for its
 * {@link org.jindu.portal.api.schema.SchemaReady} service before it touches them
 * (see {@link org.jindu.portal.api.schema}).
 *
 * <p>Inside, a module checks every action with {@link org.jindu.portal.api.AccessPolicy}, records changes and
 * reads of personal data with {@link org.jindu.portal.api.audit.AuditLog}, and keeps its rules in plain classes
 * that both its views and its REST/SOAP endpoints call.
 *
 * <p>Cross-module effects travel as OSGi EventAdmin events on topics {@code portal/<module>/<event>} with plain
 * values as properties ({@link org.jindu.portal.api.module.PortalEvents}), so either side may be absent.
 */
@Export
@Version("2.1.0")
package org.jindu.portal.api.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
