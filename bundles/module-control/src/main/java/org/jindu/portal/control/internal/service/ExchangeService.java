package org.jindu.portal.control.internal.service;

import java.util.Optional;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.control.internal.domain.IdNumber;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.model.ControlStatus;
import org.jindu.portal.control.internal.persistence.PersonEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Another agency asks whether a person is under the town's control (EX-2). Only a complete, valid ID number is
 * accepted: partial numbers and patterns are refused before anything is looked up, and the lookup is an exact match
 * on the keyed hash, so no listing or guessing by pattern is possible. Every query is audited, hit or miss, in the
 * transaction that looks the person up.
 */
@Component(service = ExchangeService.class)
public class ExchangeService {
    private final Support support;
    private final PersonService persons;
    private final ExactNumberLimit limit;

    @Activate
    public ExchangeService(@Reference Support support, @Reference PersonService persons, @Reference ExactNumberLimit limit) {
        this.support = support;
        this.persons = persons;
        this.limit = limit;
    }

    public ControlStatus status(UserContext caller, String idNumber) {
        support.check(caller, Permissions.EXCHANGE);
        limit.count(caller, "status query");
        Optional<Text> problem = IdNumber.problem(idNumber, support.today());
        if (problem.isPresent()) {
            limit.refused(caller, "status query refused: invalid ID number");
            throw ValidationException.of("idNumber", Text.of("须提供完整有效的 18 位身份证号 (不支持部分号码或通配查询)：" + problem.get().zh(),
                    "a complete, valid 18-character ID number is required (no partial or wildcard queries): " + problem.get().en()));
        }
        return support.tx(em -> {
            Optional<PersonEntity> found = persons.findByIdNumber(caller, idNumber, Permissions.EXCHANGE);
            if (found.isEmpty()) {
                support.audit(caller, AuditAction.READ_PERSONAL, PersonService.RECORD, null, null, "status query by ID number: no match");
                return new ControlStatus(false, null, null, null, null, null, null);
            }
            PersonEntity p = found.get();
            Status s = Status.valueOf(p.getStatus());
            OrgNode village = persons.villageOf(p);
            support.audit(caller, AuditAction.READ_PERSONAL, PersonService.RECORD, p.getId(), p.getControlNodeId(), "status query by ID number: found");
            return new ControlStatus(true, s.name(), s.label().get(caller.locale()), p.getStatusSince(), p.getTier(), village.code(), village.name());
        });
    }
}
