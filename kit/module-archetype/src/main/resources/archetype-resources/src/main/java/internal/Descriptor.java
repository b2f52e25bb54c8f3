package ${package}.internal;

import java.util.List;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.module.PermissionDef;
import org.osgi.service.component.annotations.Component;

/** The module as the platform lists it; registering it makes the module "installed". */
@Component(service = ModuleDescriptor.class, property = ModuleDescriptor.MODULE_ID + "=" + Descriptor.ID)
public class Descriptor implements ModuleDescriptor {
    /** The module id; equal to the Portal-Module header the module parent POM writes from portal.module.id. */
    public static final String ID = "${moduleId}";
    /** Read the notes of one's area. */
    public static final String READ = ID + ".note.read";
    /** Write notes in one's area. */
    public static final String EDIT = ID + ".note.edit";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("${moduleName}", "${moduleNameEn}");
    }

    @Override
    public List<PermissionDef> permissions() {
        return List.of(
                PermissionDef.of(READ, "查看记事", "Read notes", Role.OFFICE_STAFF, Role.UNIT_STAFF, Role.VILLAGE_STAFF, Role.LEADER),
                PermissionDef.of(EDIT, "记录记事", "Write notes", Role.OFFICE_STAFF, Role.VILLAGE_STAFF));
    }
}
