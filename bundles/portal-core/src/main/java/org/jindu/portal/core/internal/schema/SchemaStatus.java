package org.jindu.portal.core.internal.schema;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

/**
 * What the schema extender knows of each bundle's migrations: the applied version, or the reason it failed.
 * Read by the module registry for the admin screen. A component of its own because the extender activates module
 * components (through SchemaReady) while it is itself activating, and those may need the status.
 */
@Component(service = SchemaStatus.class)
public class SchemaStatus {
    /** One bundle's state. {@code problem} is {@code null} when its schema is up to date. */
    public record Entry(int version, String problem) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public void ok(String bundle, int version) {
        entries.put(bundle, new Entry(version, null));
    }

    public void failed(String bundle, String problem) {
        entries.put(bundle, new Entry(0, problem));
    }

    public Optional<Entry> of(String bundle) {
        return Optional.ofNullable(entries.get(bundle));
    }
}
