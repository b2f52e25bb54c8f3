/**
 * Stand-ins for the platform services, so that a module's services can be wired by hand in plain JUnit tests on a
 * fresh database: {@link org.jindu.portal.testkit.TestDatabase} (in-memory Derby, or a fresh PostgreSQL schema when
 * {@code PORTAL_TEST_POSTGRES_URL} is set), an org tree like the demo town ({@link org.jindu.portal.testkit.TestOrg}),
 * an access policy that applies a module's default grants and scopes the way the platform does
 * ({@link org.jindu.portal.testkit.TestAccess}), and recorders for audit entries, events, files and exports.
 * The real implementations are tested in portal-core; the Pax Exam tests run modules against those.
 */
package org.jindu.portal.testkit;
