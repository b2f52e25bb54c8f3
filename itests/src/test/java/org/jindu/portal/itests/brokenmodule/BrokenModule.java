package org.jindu.portal.itests.brokenmodule;

import java.util.List;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.module.PermissionDef;

/** The descriptor of a module that registers fine while another of its components fails (a DS component, see TestBundles). */
public class BrokenModule implements ModuleDescriptor {
    @Override
    public String id() {
        return "broken";
    }

    @Override
    public Text name() {
        return Text.of("故障测试模块", "Broken test module");
    }

    @Override
    public List<PermissionDef> permissions() {
        return List.of();
    }
}
