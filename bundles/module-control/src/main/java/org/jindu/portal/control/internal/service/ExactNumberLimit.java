package org.jindu.portal.control.internal.service;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.TooManyRequestsException;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditAction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * At most {@code statusQueriesPerHour} lookups by an exact ID number per user in any hour, whatever the door: the
 * agencies' status query and the duplicate check of a new file both tell whether a number is registered, and with a
 * birth date and an area code known the remaining sequence digits could otherwise be tried one by one (a listing by
 * other means). Counted in memory per node (a restart forgets; issue 18 moves shared limits into the database);
 * refusals are audited.
 */
@Component(service = ExactNumberLimit.class)
public class ExactNumberLimit {
    private final Support support;
    private final Map<Long, Deque<LocalDateTime>> recent = new ConcurrentHashMap<>();

    @Activate
    public ExactNumberLimit(@Reference Support support) {
        this.support = support;
    }

    /** Counts one lookup, or refuses it (429, audited) when the user had his hour's worth. */
    public void count(UserContext caller, String what) {
        LocalDateTime now = support.now();
        int limit = support.config().statusQueriesPerHour();
        Deque<LocalDateTime> times = recent.computeIfAbsent(caller.userId(), k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minusHours(1))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                refused(caller, what + " refused: more than " + limit + " lookups by ID number in an hour");
                throw new TooManyRequestsException(Text.of("按身份证号查询过于频繁：每小时最多 " + limit + " 次，请稍后再试",
                        "Too many lookups by ID number: at most " + limit + " an hour; try again later"));
            }
            times.addLast(now);
        }
    }

    /**
     * A refused lookup changes nothing, so its entry commits in a transaction of its own before the refusal is thrown
     * (inside the caller's transaction the refusal would roll it back).
     */
    public void refused(UserContext caller, String detail) {
        support.run(em -> support.audit(caller, AuditAction.READ_PERSONAL, PersonService.RECORD, null, null, detail));
    }
}
