package org.jindu.portal.control.internal.model;

import java.time.LocalDate;

import org.jindu.portal.control.internal.domain.Gender;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;

/**
 * A person file as a user may see it: {@code idNumber} and {@code phone} are masked unless {@code identified};
 * {@code birthDate} is given only then ({@code null} otherwise: with the village it would complete a masked ID number),
 * {@code birthYear} always.
 * Visit and test due dates follow from the tier; {@code null} when the person is not in the community. {@code photo}:
 * whether a photo is on file (read it through its own, audited call). {@code version}: the file's version, to send with
 * an edit so that an edit of a file someone else changed meanwhile is refused (409) instead of overwriting his change.
 */
public record PersonInfo(long id, String name, Gender gender, LocalDate birthDate, Integer birthYear, String idNumber, String phone, boolean identified,
                         String householdOrg, String household, String residenceOrg, String residence, String controlOrg, String controlOrgName,
                         String gridOrg, Long workerId, String workerName, String drugTypes, LocalDate firstRegistered,
                         Status status, LocalDate statusSince, LocalDate statusDue, Tier tier, LocalDate tierSince, String tierReason,
                         LocalDate lastVisit, LocalDate nextVisit, long visitOverdueDays, LocalDate lastTest, LocalDate nextTest,
                         long testOverdueDays, int openProposals, String note, boolean photo, int version) {
}
