package org.jindu.portal.core.internal.packages;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.jindu.portal.api.PortalException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deploy folder ({@code deploy/}): a module package (jar or kar) dropped there is installed, or upgrades the module,
 * through exactly the checks of an upload (signature, Portal-Module, schema, resolution); removing the file removes the
 * module. Karaf's own file installer no longer watches the folder (the distribution drops its configuration), so no
 * package bypasses the checks.
 *
 * <p>A file is taken only when it is complete: its size and time have not changed for {@value #QUIET_MILLIS} ms and it
 * opens as a whole zip archive (a half-copied one lacks its central directory). Copy into the folder and the portal
 * waits; an atomic move is better still. Names starting with a dot or ending in {@code .part} or {@code .tmp} are never
 * taken. The folder is watched through the operating system's notifications, with a rescan every few seconds for
 * what they miss.
 */
@Component(immediate = true)
public class DeployWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(DeployWatcher.class);
    static final long QUIET_MILLIS = 300;
    private static final long RESCAN_MILLIS = 2000;

    private final PackageServiceImpl packages;
    private final Path dir;
    /** What each file looked like at the last scan, and since when (nanoTime). */
    private final Map<String, Seen> seen = new HashMap<>();
    /** Files already dealt with (installed or refused), with what they looked like then. */
    private final Map<String, Seen> handled = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile WatchService watch;

    private record Seen(long size, long modified, long since) {
        boolean sameFile(Seen o) {
            return o != null && o.size == size && o.modified == modified;
        }
    }

    @Activate
    public DeployWatcher(@Reference PackageServiceImpl packages) {
        this.packages = packages;
        this.dir = packages.deployDir();
        this.thread = new Thread(this::run, "portal-deploy-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        running = false;
        WatchService w = watch;
        if (w != null) {
            try {
                w.close();
            } catch (IOException ignored) {
                // closing only wakes the thread
            }
        }
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }

    private void run() {
        try {
            Files.createDirectories(dir);
            recover();
            watch = FileSystems.getDefault().newWatchService();
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            LOG.info("Watching {} for module packages", dir);
            while (running) {
                // while a file is settling, look again soon; otherwise wait for the next notification
                WatchKey key = watch.poll(seen.size() > handledCount() ? QUIET_MILLIS / 2 : RESCAN_MILLIS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
                scan();
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            if (running) {
                LOG.error("The deploy folder {} is no longer watched", dir, e);
            }
        }
    }

    private long handledCount() {
        return seen.keySet().stream().filter(handled::containsKey).count();
    }

    /**
     * After a restart: files whose package already runs are not installed again, and a module whose file was taken
     * away while the portal was down is removed.
     */
    private void recover() throws IOException {
        Set<String> present = new HashSet<>();
        for (Path f : candidates()) {
            String name = f.getFileName().toString();
            present.add(name);
            Optional<String> sha = packages.deployedSha(name);
            if (sha.isPresent() && sha.get().equals(PackageServiceImpl.sha256(f))) {
                Seen s = look(f);
                handled.put(name, s);
                seen.put(name, s);
            }
        }
        for (String name : packages.deployedFiles()) {
            if (!present.contains(name)) {
                LOG.info("{} left the deploy folder while the portal was down; removing its module", name);
                removed(name);
            }
        }
    }

    private void scan() throws IOException {
        long now = System.nanoTime();
        Set<String> present = new HashSet<>();
        for (Path f : candidates()) {
            String name = f.getFileName().toString();
            present.add(name);
            Seen current = look(f);
            Seen before = seen.get(name);
            if (!current.sameFile(before)) {
                seen.put(name, current);
                continue;
            }
            if (current.sameFile(handled.get(name)) || now - before.since() < TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
                continue;
            }
            if (!complete(f)) {
                seen.put(name, new Seen(current.size(), current.modified(), now));
                continue;
            }
            handled.put(name, before);
            take(f);
        }
        for (String name : Set.copyOf(seen.keySet())) {
            if (!present.contains(name)) {
                seen.remove(name);
                if (handled.remove(name) != null) {
                    removed(name);
                }
            }
        }
    }

    private void take(Path file) {
        try {
            var result = packages.installFromDeploy(file);
            LOG.info("Deploy folder: {} {} {} -> {}", file.getFileName(), result.operation().toLowerCase(), result.moduleId(), result.toVersion());
        } catch (PortalException e) {
            LOG.warn("Deploy folder: {} refused: {}", file.getFileName(), e.text().en());
        } catch (IOException | RuntimeException e) {
            LOG.error("Deploy folder: {} could not be installed", file.getFileName(), e);
        }
    }

    private void removed(String name) {
        try {
            packages.removedFromDeploy(name);
        } catch (RuntimeException e) {
            LOG.error("Deploy folder: removing the module of {} failed", name, e);
        }
    }

    private Iterable<Path> candidates() throws IOException {
        Set<Path> result = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{jar,kar}")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!name.startsWith(".") && Files.isRegularFile(f)) {
                    result.add(f);
                }
            }
        }
        return result;
    }

    private static Seen look(Path f) throws IOException {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        return new Seen(a.size(), a.lastModifiedTime().toMillis(), System.nanoTime());
    }

    /** Whether the file is a whole zip archive: a partial copy has no central directory at its end. */
    static boolean complete(Path f) {
        try (ZipFile zip = new ZipFile(f.toFile())) {
            return zip.size() > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
