/**
 * The creation assessment module (示范创建考评, DOMAIN.md CA-1 to CA-10): one bundle that adds its views, REST
 * resources, SOAP service, tables and demo data to a running portal.
 *
 * <p>Layers by package: {@code domain} (the plan's rules as plain classes, unit-tested without a framework),
 * {@code persistence} (entities of the persistence unit {@code portal.assessment}, tables {@code ASM_*} from the
 * bundle's migrations), {@code service} (DS components that check permission and scope, run the rules, store and
 * audit — the only place behaviour lives), {@code model} (the records services take and give), and the thin doors
 * {@code ui} (Vaadin views), {@code rest}, {@code soap}, plus {@code demo}.
 *
 * <p>Deviation from the house layout: the bundle exports no {@code org.jindu.portal.assessment.api} package yet. No
 * other bundle calls this module; cross-module effects travel as events with plain values (it consumes
 * {@code portal/intelligence/wastewater/alert} and posts {@code portal/assessment/...}). When a module needs to call
 * it directly, promote the service interfaces and the {@code model} records it needs into a versioned {@code .api}
 * package then, not before.
 */
package org.jindu.portal.assessment.internal;
