package org.jindu.portal.control.internal;

import java.util.List;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.control.internal.service.Permissions;
import org.osgi.service.component.annotations.Component;

/** The control and assistance module (管控帮扶) as the platform lists it. */
@Component(service = ModuleDescriptor.class, property = ModuleDescriptor.MODULE_ID + "=" + Permissions.MODULE)
public class ControlModule implements ModuleDescriptor {
    @Override
    public String id() {
        return Permissions.MODULE;
    }

    @Override
    public Text name() {
        return Text.of("管控帮扶", "Control and assistance");
    }

    @Override
    public Text description() {
        return Text.of("吸毒人员建档、管控状态、分级分类、走访检测、双向管控与交接、就业培训社保帮扶",
                "Person files, control status, risk tiers, visits and tests, dual control and handovers, employment, training and insurance help");
    }

    @Override
    public boolean holdsPersonalData() {
        return true;
    }

    @Override
    public Text personalData() {
        return Text.of("吸毒人员档案（姓名、身份证号、电话、户籍和居住地、吸毒种类、管控状态、风险等级、走访检测记录、照片）",
                "drug users' files (names, ID numbers, phones, household and residence places, drug types, control status, "
                        + "risk tier, visits and test results, photos)");
    }

    @Override
    public List<PermissionDef> permissions() {
        return Permissions.all();
    }

    @Override
    public int order() {
        return 40;
    }
}
