package org.uptake.org.person;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;
import org.uptake.shared.importing.ImportService;

/**
 * Two past imports for the demo, made through the real mechanism: new hires of the pilot station
 * (applied) and a transfer file with a unit code nobody has (refused, with its error report).
 */
@Component
class DemoImports implements DemoDataContributor {

    private final ImportService imports;
    private final UnitService units;
    private final PersonService people;

    DemoImports(ImportService imports, UnitService units, PersonService people) {
        this.imports = imports;
        this.units = units;
        this.people = people;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public void contribute(DemoContext context) {
        Long pilot = context.id("unit.pilot");
        Long head = context.id("person.head");
        if (context.size() == DemoSize.NONE || pilot == null || head == null) {
            return;
        }
        Actor system = Actor.system(context.organizationId());
        String unit = units.get(system, pilot).code();
        var manager = people.get(system, head);
        String managerKey = manager.employeeNumber() != null ? manager.employeeNumber() : manager.email();
        String hires = """
                employee_number;email;full_name;unit_code;position_code;manager;status;time_zone;language
                NH-0001;olga.smirnova@autoserv.example;Olga Smirnova;%1$s;MECH;%2$s;ACTIVE;Europe/Moscow;ru
                NH-0002;denis.kuznetsov@autoserv.example;Denis Kuznetsov;%1$s;SA;%2$s;ACTIVE;Europe/Moscow;ru
                NH-0003;irina.volkova@autoserv.example;Irina Volkova;%1$s;RCPT;%2$s;ON_LEAVE;Europe/Moscow;ru
                """.formatted(unit, managerKey);
        long applied = imports.check(system, "people", "new-hires.csv", hires.getBytes(StandardCharsets.UTF_8)).id();
        imports.apply(system, applied);
        String transfers = """
                employee_number;full_name;unit_code
                NH-0001;Olga Smirnova;%s
                NH-0002;Denis Kuznetsov;ST-99
                """.formatted(unit);
        imports.check(system, "people", "transfers.csv", transfers.getBytes(StandardCharsets.UTF_8));
    }
}
