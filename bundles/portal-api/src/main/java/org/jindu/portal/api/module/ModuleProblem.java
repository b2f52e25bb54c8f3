package org.jindu.portal.api.module;

import java.util.Objects;

import org.jindu.portal.api.Text;

/**
 * One reason why a module is not (fully) working, in words an operator can act on: the missing package by name, the
 * failed migration script, the component and the reference it waits for or the exception it failed with.
 *
 * @param kind    what failed
 * @param message the reason, in both languages
 */
public record ModuleProblem(Kind kind, Text message) {
    /** What failed. */
    public enum Kind {
        /** The bundle does not resolve: a package, bundle or capability it requires is missing. */
        REQUIREMENT,
        /** The bundle resolved but did not start (its activator threw, or it was stopped). */
        START,
        /** A Declarative Services component waits for a reference or its configuration, or failed to activate. */
        COMPONENT,
        /** A schema migration failed, or the database holds a schema newer than the bundle knows. */
        MIGRATION,
        /** The platform could not publish one of its REST resources, SOAP services or views. */
        PUBLICATION,
        /** The bundle declares {@code Portal-Module} but no module descriptor is registered. */
        DESCRIPTOR,
        /** A package could not be installed (upload or deploy folder). */
        PACKAGE
    }

    public ModuleProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public static ModuleProblem of(Kind kind, String zh, String en) {
        return new ModuleProblem(kind, Text.of(zh, en));
    }
}
