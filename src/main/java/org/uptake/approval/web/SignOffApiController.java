package org.uptake.approval.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.approval.CommentForm;
import org.uptake.approval.DecisionForm;
import org.uptake.approval.NoteForm;
import org.uptake.approval.RequestDelegationForm;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffFilter;
import org.uptake.approval.SignOffForm;
import org.uptake.approval.SignOffRefusedException;
import org.uptake.approval.SignOffRow;
import org.uptake.approval.SignOffService;
import org.uptake.approval.SignOffStatus;
import org.uptake.approval.SignOffView;
import org.uptake.approval.delegation.Delegation;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Sign-offs", description = "Requests for a green light: approvers, rules any / all / quorum, steps, rounds, delegation")
@RestController
@RequestMapping("/api/v1/sign-offs")
class SignOffApiController {

    private final SignOffService signOffs;
    private final MessageSource messages;

    SignOffApiController(SignOffService signOffs, MessageSource messages) {
        this.signOffs = signOffs;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Requests: WAITING for my decision (default, due first), MINE (requested or decided by me), "
            + "or ALL I may see (admins and coordinators: the organisation; unit heads: also their units'); follow `next`")
    Slice<SignOffRow> list(@RequestParam(defaultValue = "WAITING") SignOffFilter.View view,
                           @RequestParam(required = false) SignOffStatus status,
                           @RequestParam(required = false) @Parameter(description = "words of the title") String q,
                           @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return signOffs.list(CurrentActor.get(), new SignOffFilter(view, status), new PageRequest(q, after, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A request with every round's steps and approvers, the thread, and what I may do with it")
    SignOffView get(@PathVariable long id) {
        return signOffs.view(CurrentActor.get(), id);
    }

    @PostMapping
    @Operation(summary = "Asks for an ad-hoc sign-off (subject type `free`); the first step's approvers are e-mailed")
    ResponseEntity<SignOff> create(@Valid @RequestBody SignOffForm form) {
        SignOff created = signOffs.request(CurrentActor.get(), form.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/sign-offs/" + created.id())).body(created);
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "Approve, approve with conditions, or reject (a reason is required); `version` is the request's "
            + "version you saw (409 if it changed). A delegate names the approver in `onBehalfOfPersonId` when they act for several")
    SignOff decide(@PathVariable long id, @Valid @RequestBody DecisionForm form) {
        return signOffs.decide(CurrentActor.get(), id, form);
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a message to the request's thread (also after the decision)")
    void comment(@PathVariable long id, @Valid @RequestBody CommentForm form) {
        signOffs.comment(CurrentActor.get(), id, form);
    }

    @PostMapping("/{id}/delegations")
    @Operation(summary = "Lets another person decide this request for an approver (yourself; admins: anyone); replaces an earlier one")
    ResponseEntity<Delegation> delegate(@PathVariable long id, @Valid @RequestBody RequestDelegationForm form) {
        Delegation d = signOffs.delegate(CurrentActor.get(), id, form);
        return ResponseEntity.status(HttpStatus.CREATED).body(d);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "The requester (or an admin) withdraws an open request")
    SignOff cancel(@PathVariable long id, @Valid @RequestBody NoteForm form) {
        return signOffs.cancel(CurrentActor.get(), id, form);
    }

    @PostMapping("/{id}/rounds")
    @Operation(summary = "After a rejection (or a stale approval) asks every approver again; earlier rounds stay as history")
    SignOff newRound(@PathVariable long id, @Valid @RequestBody NoteForm form) {
        return signOffs.newRound(CurrentActor.get(), id, form);
    }

    /** Not being an approver is a refusal with its own reason, more useful than a bare "forbidden". */
    @ExceptionHandler(SignOffRefusedException.class)
    ProblemDetail refused(SignOffRefusedException e) {
        String text = messages.getMessage(e.code(), null, e.code(), LocaleContextHolder.getLocale());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text);
        p.setType(URI.create("https://uptake.example/problems/forbidden"));
        p.setProperty("code", e.code());
        return p;
    }
}
