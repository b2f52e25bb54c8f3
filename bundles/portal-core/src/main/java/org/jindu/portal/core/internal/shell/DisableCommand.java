package org.jindu.portal.core.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code portal:disable <unit> <module>}. */
@Service
@Command(scope = "portal", name = "disable", description = "Disables a module for a member unit")
public class DisableCommand extends EnablementCommand {
    public DisableCommand() {
        super(false);
    }
}
