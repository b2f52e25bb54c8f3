/**
 * Pieces of deliberately broken modules for the diagnosis test: a descriptor that registers and a component that fails
 * to activate. {@link org.jindu.portal.itests.TestBundles} packages them with Declarative Services descriptors written
 * by hand, and a second, unresolvable bundle imports a package nobody exports.
 */
package org.jindu.portal.itests.brokenmodule;
