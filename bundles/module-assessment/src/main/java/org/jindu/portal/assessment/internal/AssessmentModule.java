package org.jindu.portal.assessment.internal;

import java.util.List;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.assessment.internal.service.Permissions;
import org.osgi.service.component.annotations.Component;

/** The creation assessment module (示范创建考评) as the platform lists it. */
@Component(service = ModuleDescriptor.class, property = ModuleDescriptor.MODULE_ID + "=" + Permissions.MODULE)
public class AssessmentModule implements ModuleDescriptor {
    @Override
    public String id() {
        return Permissions.MODULE;
    }

    @Override
    public Text name() {
        return Text.of("示范创建考评", "Creation assessment");
    }

    @Override
    public Text description() {
        return Text.of("无毒村居、无毒镇街创建：标准、申报、审核、考评验收、质量督导、确定示范、动态管理与覆盖率目标",
                "Drug-free village and town creation: standards, applications, review, assessment, supervision, designation, dynamic management and coverage targets");
    }

    @Override
    public List<PermissionDef> permissions() {
        return Permissions.all();
    }

    @Override
    public int order() {
        return 10;
    }
}
