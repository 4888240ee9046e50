package org.uptake.org.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.org.person.EmploymentStatus;
import org.uptake.org.person.Person;
import org.uptake.org.person.PersonFilter;
import org.uptake.org.person.PersonForm;
import org.uptake.org.person.PersonRow;
import org.uptake.org.person.PersonService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "People", description = "The people directory; unit heads see their subtree, employees only themselves")
@RestController
@RequestMapping("/api/v1/people")
class PersonApiController {

    private final PersonService people;

    PersonApiController(PersonService people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "People by name, searched by name, e-mail or employee number; unitId includes its sub-units")
    Slice<PersonRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                          @RequestParam(required = false) Long positionId,
                          @RequestParam(required = false) EmploymentStatus status,
                          @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return people.list(CurrentActor.get(), new PersonFilter(unitId, positionId, status), new PageRequest(q, after, size));
    }

    @GetMapping("/{id}")
    Person get(@PathVariable long id) {
        return people.get(CurrentActor.get(), id);
    }

    @PostMapping
    ResponseEntity<Person> create(@Valid @RequestBody PersonForm form) {
        Person created = people.create(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a person; employmentStatus LEFT is refused while they head a unit")
    Person update(@PathVariable long id, @Valid @RequestBody PersonForm form) {
        return people.update(CurrentActor.get(), id, form);
    }
}
