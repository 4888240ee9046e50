package org.uptake.org.person;

import java.util.List;
import org.springframework.stereotype.Service;
import org.uptake.org.unit.UnitScope;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.importing.ImportColumn;

/**
 * The people directory as a table, in the people import's columns so that an export can be
 * edited and imported back. Each actor exports what they may see: unit heads their subtree.
 */
@Service
public class PersonExport {

    private final PersonBulkRepository bulk;
    private final UnitService units;

    PersonExport(PersonBulkRepository bulk, UnitService units) {
        this.bulk = bulk;
        this.units = units;
    }

    public List<String> columns() {
        return PersonImport.COLUMNS.stream().map(ImportColumn::name).toList();
    }

    public List<List<Object>> rows(Actor actor) {
        UnitScope scope = units.scopeOf(actor);
        if (scope.isEmpty()) {
            throw new ForbiddenException("export people");
        }
        return bulk.export(actor.organizationId(), scope, actor.personId());
    }
}
