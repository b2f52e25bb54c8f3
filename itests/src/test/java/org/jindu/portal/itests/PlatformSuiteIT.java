package org.jindu.portal.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/** Runs the in-container tests in one container (Pax Exam shares it only inside a JUnit suite under failsafe). */
@RunWith(Suite.class)
@Suite.SuiteClasses({PlatformWiringTest.class, ModuleLifecycleTest.class, ModuleDiagnosisTest.class, PackagesTest.class, ArchetypeModuleTest.class, UnitAdministrationTest.class, SecurityTest.class, AuditTest.class, AuditCoverageTest.class, AssessmentTest.class, ControlTest.class, FuzzTest.class})
public class PlatformSuiteIT {
}
