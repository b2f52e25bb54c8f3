package org.jindu.portal.control.internal.service;

import org.jindu.portal.control.internal.domain.Frequencies;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the control and assistance module, PID {@value #PID} ({@code etc/org.jindu.portal.control.cfg}). */
@ObjectClassDefinition(id = ControlConfig.PID, name = "Jindu portal: control and assistance", description = "管控帮扶设置")
public @interface ControlConfig {
    String PID = "org.jindu.portal.control";

    @AttributeDefinition(description = "Visit and test intervals per risk tier, days: 'tier:visit:test' comma separated")
    String frequencies() default Frequencies.DEFAULT;

    @AttributeDefinition(description = "Months between two custody visits (定期入所帮教) while a person is in a facility")
    int custodyVisitMonths() default 6;

    @AttributeDefinition(description = "Status queries by exact ID number one user may make per hour; more would allow "
            + "guessing numbers by their last digits")
    int statusQueriesPerHour() default 100;

    @AttributeDefinition(description = "Name of this portal's agency as other agencies see it in handovers")
    String agencyName() default "港湾镇禁毒办";
}
