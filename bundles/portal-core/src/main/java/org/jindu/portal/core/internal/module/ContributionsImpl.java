package org.jindu.portal.core.internal.module;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jindu.portal.api.Text;
import org.jindu.portal.platform.admin.Contributions;
import org.osgi.service.component.annotations.Component;

/** In memory: a publication belongs to this node's running bundle and ends with it. */
@Component(service = {Contributions.class, ContributionsImpl.class})
public class ContributionsImpl implements Contributions {
    private final Map<Long, Map<String, Text>> problems = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> pending = new ConcurrentHashMap<>();

    @Override
    public void pending(long bundleId, String key) {
        pending.computeIfAbsent(bundleId, k -> ConcurrentHashMap.newKeySet()).add(key);
    }

    @Override
    public void published(long bundleId, String key) {
        done(bundleId, key);
        Map<String, Text> forBundle = problems.get(bundleId);
        if (forBundle != null) {
            forBundle.remove(key);
        }
    }

    @Override
    public void failed(long bundleId, String key, Text problem) {
        done(bundleId, key);
        problems.computeIfAbsent(bundleId, k -> new ConcurrentHashMap<>()).put(key, problem);
    }

    @Override
    public void withdrawn(long bundleId, String key) {
        published(bundleId, key);
    }

    private void done(long bundleId, String key) {
        Set<String> forBundle = pending.get(bundleId);
        if (forBundle != null) {
            forBundle.remove(key);
        }
    }

    /** The bundle's contributions that could not be published, by key. */
    List<Text> problems(long bundleId) {
        Map<String, Text> forBundle = problems.get(bundleId);
        return forBundle == null ? List.of() : List.copyOf(new TreeMap<>(forBundle).values());
    }

    /** Whether some contribution of the bundle is still being published. */
    public boolean publishing(long bundleId) {
        Set<String> forBundle = pending.get(bundleId);
        return forBundle != null && !forBundle.isEmpty();
    }

    void forget(long bundleId) {
        problems.remove(bundleId);
        pending.remove(bundleId);
    }
}
