package org.jindu.portal.core.internal.packages;

import java.util.List;

import org.jindu.portal.api.FieldError;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;

/**
 * A package that is not installed, with the reason: unsigned, signed by an unknown publisher, altered after signing,
 * not a portal module, damaged, a checksum that does not match (HTTP 400, field {@code package} or {@code sha256}).
 */
class PackageRefusedException extends ValidationException {
    private static final long serialVersionUID = 1L;

    PackageRefusedException(String field, Text reason) {
        super(List.of(new FieldError(field, reason)));
    }

    PackageRefusedException(Text reason) {
        this("package", reason);
    }

    Text reason() {
        return errors().get(0).message();
    }
}
