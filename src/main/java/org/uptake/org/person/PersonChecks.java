package org.uptake.org.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.uptake.org.OrgValidation;
import org.uptake.shared.Languages;
import org.uptake.shared.error.Violation;

/** The domain rules for a person record, beyond what annotations can say. */
@Component
class PersonChecks {

    private final PersonRepository people;

    PersonChecks(PersonRepository people) {
        this.people = people;
    }

    void validate(long organizationId, Long selfId, PersonForm f) {
        List<Violation> v = new ArrayList<>();
        if (f.getEmployeeNumber() == null && f.getEmail() == null) {
            v.add(Violation.of("email", "person.error.identity"));
        }
        if (f.getEmail() != null && !OrgValidation.isEmail(f.getEmail())) {
            v.add(Violation.of("email", "validation.email", f.getEmail()));
        } else if (f.getEmail() != null) {
            people.idByEmail(organizationId, f.getEmail()).filter(id -> !Objects.equals(id, selfId))
                    .ifPresent(id -> v.add(Violation.of("email", "person.error.emailTaken", f.getEmail())));
        }
        if (f.getEmployeeNumber() != null) {
            people.idByEmployeeNumber(organizationId, f.getEmployeeNumber()).filter(id -> !Objects.equals(id, selfId))
                    .ifPresent(id -> v.add(Violation.of("employeeNumber", "person.error.numberTaken", f.getEmployeeNumber())));
        }
        if (f.getUnitId() != null && !people.unitExists(organizationId, f.getUnitId())) {
            v.add(Violation.of("unitId", "person.error.unitUnknown"));
        }
        if (f.getPositionId() != null && !people.positionExists(organizationId, f.getPositionId())) {
            v.add(Violation.of("positionId", "person.error.positionUnknown"));
        }
        if (f.getManagerId() != null) {
            checkManager(organizationId, selfId, f.getManagerId(), v);
        }
        if (f.getTimeZone() != null && !OrgValidation.isZone(f.getTimeZone())) {
            v.add(Violation.of("timeZone", "validation.timeZone", f.getTimeZone()));
        }
        if (f.getLanguage() != null && !Languages.isSupported(f.getLanguage())) {
            v.add(Violation.of("language", "validation.language", f.getLanguage()));
        }
        PersonService.throwIfAny(v);
    }

    private void checkManager(long organizationId, Long selfId, long managerId, List<Violation> v) {
        if (Objects.equals(selfId, managerId)) {
            v.add(Violation.of("managerId", "person.error.managerCycle"));
            return;
        }
        List<Long> chain = people.managerChain(organizationId, managerId);
        if (chain.isEmpty()) {
            v.add(Violation.of("managerId", "person.error.managerUnknown"));
        } else if (selfId != null && chain.contains(selfId)) {
            v.add(Violation.of("managerId", "person.error.managerCycle"));
        }
    }
}
