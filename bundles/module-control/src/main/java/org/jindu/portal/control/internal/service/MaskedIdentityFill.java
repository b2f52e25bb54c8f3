package org.jindu.portal.control.internal.service;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.jindu.portal.api.data.Masking;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the files of earlier versions (migration V002) their masked ID number and phone, once, in the background after
 * the module starts: in batches by id, each in a transaction of its own, decrypting each row once. Lists work meanwhile
 * (they decrypt a row still without). Safe on several nodes at once and after a crash: a row is written only while its
 * ID_MASKED is null and its phone is still the one decrypted, so another node's fill of the same row writes nothing and
 * a phone changed meanwhile keeps the masked form written with it (the row is then filled at the next start).
 */
@Component
public class MaskedIdentityFill {
    private static final Logger LOG = LoggerFactory.getLogger(MaskedIdentityFill.class);
    static final int BATCH = 500;

    private final Support support;
    private final int batch;
    private volatile boolean running = true;
    private Thread worker;

    @Activate
    public MaskedIdentityFill(@Reference Support support) {
        this(support, BATCH);
        // in the background: a big table must not hold up the module's start
        worker = new Thread(this::fillLogged, "control-masked-identity-fill");
        worker.setDaemon(true);
        worker.start();
    }

    /** Without the thread: tests call {@link #fill()}. */
    MaskedIdentityFill(Support support, int batch) {
        this.support = support;
        this.batch = batch;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        running = false;
        if (worker != null) {
            // no interrupt: Derby closes the connection of an interrupted thread; a batch is short
            worker.join(10_000);
        }
    }

    private void fillLogged() {
        try {
            long start = System.nanoTime();
            int filled = fill();
            if (filled > 0) {
                LOG.info("Masked ID number and phone filled in for {} person files in {} ms", filled, (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // lists keep decrypting the rows left; the next start carries on
            LOG.warn("Filling in the masked ID numbers and phones stopped: {}", e.toString(), e);
        }
    }

    /** Fills every row still without its masked forms (until deactivated); returns how many rows this call wrote. */
    int fill() {
        int filled = 0;
        long after = Long.MIN_VALUE;
        while (running) {
            long from = after;
            long[] done = support.tx(em -> batch(em, from));
            if (done == null) {
                break;
            }
            after = done[0];
            filled += (int) done[1];
        }
        return filled;
    }

    /** One batch after id {@code after}: {last id seen, rows written}, or null when none is left. */
    private long[] batch(EntityManager em, long after) {
        // by id, past the last one seen: a row left null (a failed decrypt, a lost race) cannot stall the fill
        List<Object[]> rows = em.createQuery("select p.id, p.idCipher, p.phoneCipher from PersonEntity p "
                + "where p.idMasked is null and p.id > :after order by p.id", Object[].class)
                .setParameter("after", after).setMaxResults(batch).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        long written = 0;
        for (Object[] r : rows) {
            long id = (Long) r[0];
            String idMasked;
            String phoneMasked;
            try {
                idMasked = Masking.idNumber(support.sensitive().decrypt((String) r[1]));
                phoneMasked = Masking.phone(support.sensitive().decrypt((String) r[2]));
            } catch (RuntimeException e) {
                LOG.warn("Person file {}: cannot decrypt its ID number or phone, left without masked forms: {}", id, e.toString());
                continue;
            }
            written += write(em, id, (String) r[2], idMasked, phoneMasked) ? 1 : 0;
        }
        if (written > 0) {
            // native SQL, unseen by the entity manager: lists kept in memory show the masked forms
            support.changed();
        }
        return new long[] {(Long) rows.get(rows.size() - 1)[0], written};
    }

    /**
     * Writes one row's masked forms if it still has none and its phone is still {@code phoneCipher} (ciphertexts differ
     * on every encryption, so a phone changed meanwhile does not match); whether it wrote.
     */
    boolean write(EntityManager em, long id, String phoneCipher, String idMasked, String phoneMasked) {
        // SQL, not JPQL: OpenJPA's bulk update bumps ROW_VERSION, and the fill must not make a concurrent edit of the file fail
        Query update = em.createNativeQuery("UPDATE CTL_PERSON SET ID_MASKED = ?1, PHONE_MASKED = "
                + (phoneCipher == null ? "NULL WHERE PHONE_CIPHER IS NULL" : "?2 WHERE PHONE_CIPHER = ?3")
                + " AND ID = ?4 AND ID_MASKED IS NULL").setParameter(1, idMasked).setParameter(4, id);
        if (phoneCipher != null) {
            update.setParameter(2, phoneMasked).setParameter(3, phoneCipher);
        }
        return update.executeUpdate() == 1;
    }
}
