/**
 * The platform's rules as plain classes without any framework: the org tree and scoping, permission rules, the
 * audit hash chain, password hashing and the lock-out policy. They are unit-tested directly; the OSGi components
 * around them only load data and store results.
 */
package org.jindu.portal.core.internal.domain;
