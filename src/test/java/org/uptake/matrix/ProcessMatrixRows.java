package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.uptake.org.person.Person;
import org.uptake.org.person.PersonForm;
import org.uptake.org.person.PersonService;
import org.uptake.org.position.Position;
import org.uptake.process.catalog.Process;
import org.uptake.process.publication.PublicationForm;
import org.uptake.process.publication.PublicationService;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;
import org.uptake.support.ProcessFixtures;

/**
 * Matrix rows of the process module. Admins and coordinators shape the catalog; a process's owners
 * (the holders of its owner position) edit its specification. The matrix has no "owner" role, so
 * the unit head of each world holds the owner position: for UNIT rows "own" is a process they own
 * and "other" one they do not, which they must not change.
 */
final class ProcessMatrixRows {

    static final Set<Role> ARCHITECTS = EnumSet.of(Role.ADMIN, Role.COORDINATOR);
    static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD);
    private static final Map<World, Position> OWNER_POSITIONS = new WeakHashMap<>();

    private ProcessMatrixRows() {
    }

    static ProcessFixtures processes(World w) {
        return new ProcessFixtures(w.fixtures());
    }

    /** The position the world's unit head holds: they own every process that names it. */
    static synchronized Position ownerPosition(World w) {
        return OWNER_POSITIONS.computeIfAbsent(w, world -> {
            Position position = world.fixtures().position(world.admin(), "Matrix owner position");
            PersonService people = world.fixtures().bean(PersonService.class);
            Person head = people.get(world.admin(), world.user(Role.UNIT_HEAD).personId());
            PersonForm form = PersonForm.of(head);
            form.setPositionId(position.id());
            people.update(world.admin(), head.id(), form);
            return position;
        });
    }

    /** A process owned by the unit head (own) or by a position nobody holds (other). */
    static Process process(World w, boolean owned) {
        Position owner = owned ? ownerPosition(w) : w.fixtures().position(w.admin(), "Unheld position");
        return processes(w).owned(w.admin(), "Matrix process " + Fixtures.next(), null, owner);
    }

    /** A process with a client, a goal, a result and an indicator, ready to be submitted or approved. */
    static Process measured(World w, boolean owned) {
        Process p = process(w, owned);
        processes(w).measured(w.admin(), p.id());
        return p;
    }

    static Process approved(World w) {
        Process p = measured(w, true);
        var form = new PublicationForm();
        form.setSpecVersion(processes(w).processes.get(w.admin(), p.id()).specVersion());
        return w.fixtures().bean(PublicationService.class).approve(w.admin(), p.id(), form);
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(catalogApi());
        rows.addAll(ProcessSpecificationMatrixRows.apiRows());
        rows.addAll(ProcessPageMatrixRows.all());
        rows.addAll(ProcessOrganisationMatrixRows.all());
        return rows;
    }

    static List<Endpoint> catalogApi() {
        String base = "/api/v1/processes";
        return List.of(
                api(GET, base, EVERYONE, NONE, (w, own) -> base + "?q=a&level=1", (w, own) -> null),
                api(GET, base + "/tree", EVERYONE, NONE, (w, own) -> base + "/tree", (w, own) -> null),
                api(GET, base + "/{id}", EVERYONE, ORGANIZATION, (w, own) -> base + "/" + process(w, own).id(), (w, own) -> null),
                api(POST, base, ARCHITECTS, NONE, (w, own) -> base, (w, own) -> "{\"name\":\"Matrix " + Fixtures.next() + "\"}"),
                api(PUT, base + "/{id}", EDITORS, UNIT, (w, own) -> base + "/" + process(w, own).id(),
                        (w, own) -> "{\"name\":\"Changed\",\"ownerPositionId\":" + ownerIdFor(w, own) + ",\"version\":1}"),
                api(POST, base + "/{id}/move", ARCHITECTS, ORGANIZATION, (w, own) -> base + "/" + process(w, own).id() + "/move",
                        (w, own) -> "{\"parentId\":null,\"version\":1}"),
                api(DELETE, base + "/{id}", ARCHITECTS, ORGANIZATION,
                        (w, own) -> base + "/" + process(w, own).id() + "?version=1", (w, own) -> null));
    }

    /** The owner an owner's update keeps (owners may not hand their process away). */
    private static String ownerIdFor(World w, boolean own) {
        return own ? String.valueOf(ownerPosition(w).id()) : "null";
    }
}
