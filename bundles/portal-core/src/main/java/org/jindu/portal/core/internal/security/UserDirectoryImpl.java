package org.jindu.portal.core.internal.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManagerFactory;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.org.UserDirectory;
import org.jindu.portal.api.org.UserRef;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.core.internal.persistence.UserEntity;
import org.jindu.portal.support.Jpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Names and scopes of enabled users, for modules that let their users pick people. */
@Component(service = UserDirectory.class)
public class UserDirectoryImpl implements UserDirectory {
    private final EntityManagerFactory emf;

    @Activate
    public UserDirectoryImpl(@Reference(target = "(osgi.unit.name=portal.core)") EntityManagerFactory emf,
                             @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady schema) {
        this.emf = emf;
    }

    @Override
    public List<UserRef> withRole(Role role) {
        return Jpa.tx(emf, em -> em.createQuery(
                        "select u from UserEntity u where u.enabled = true and :r member of u.roles order by u.username",
                        UserEntity.class)
                .setParameter("r", role).getResultList().stream().map(UserDirectoryImpl::ref).toList());
    }

    @Override
    public Optional<UserRef> user(long id) {
        return Jpa.tx(emf, em -> Optional.ofNullable(em.find(UserEntity.class, id))
                .filter(UserEntity::isEnabled).map(UserDirectoryImpl::ref));
    }

    private static UserRef ref(UserEntity u) {
        return new UserRef(u.getId(), u.getUsername(), u.getDisplayName(),
                u.getRoles() == null ? Set.of() : u.getRoles(),
                u.getScopeNodeIds() == null ? Set.of() : u.getScopeNodeIds());
    }
}
