package org.jindu.portal.core.internal;

import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import org.jindu.portal.core.internal.persistence.SettingEntity;
import org.jindu.portal.support.Jpa;

/** Small key/value settings kept in the database (e.g. which demo data ran). */
public final class Settings {
    private final EntityManagerFactory emf;

    public Settings(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public Optional<String> get(String key) {
        return Jpa.tx(emf, em -> Optional.ofNullable(em.find(SettingEntity.class, key)).map(SettingEntity::getValue));
    }

    public void put(String key, String value) {
        Jpa.run(emf, em -> {
            SettingEntity s = em.find(SettingEntity.class, key);
            if (s == null) {
                s = new SettingEntity();
                s.setKey(key);
                s.setValue(value);
                em.persist(s);
            } else {
                s.setValue(value);
            }
        });
    }
}
