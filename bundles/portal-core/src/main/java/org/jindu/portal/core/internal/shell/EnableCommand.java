package org.jindu.portal.core.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code portal:enable <unit> <module>}. */
@Service
@Command(scope = "portal", name = "enable", description = "Enables a module for a member unit")
public class EnableCommand extends EnablementCommand {
    public EnableCommand() {
        super(true);
    }
}
