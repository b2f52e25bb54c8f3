package org.jindu.portal.assessment.internal.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the creation assessment module, PID {@value #PID} ({@code etc/org.jindu.portal.assessment.cfg}). */
@ObjectClassDefinition(id = AssessmentConfig.PID, name = "Jindu portal: creation assessment", description = "示范创建考评设置")
public @interface AssessmentConfig {
    String PID = "org.jindu.portal.assessment";

    @AttributeDefinition(description = "Creation cycle of a drug-free village, months (the plan: 6)")
    int villageCycleMonths() default 6;

    @AttributeDefinition(description = "Creation cycle of a drug-free town, months (the plan: 12)")
    int townCycleMonths() default 12;

    @AttributeDefinition(description = "Share of a town's villages that must hold the title before the town may be designated, percent (the plan: 80)")
    double townCoveragePercent() default 80;

    @AttributeDefinition(description = "Coverage targets by year when a town has none of its own, 'year:percent' comma separated; "
            + "a year without an entry keeps the latest earlier target (the plan: 60 % by 2024)")
    String defaultTargets() default "2024:60";

    @AttributeDefinition(description = "First year shown on the coverage dashboard (the plan starts in 2022)")
    int firstYear() default 2022;
}
