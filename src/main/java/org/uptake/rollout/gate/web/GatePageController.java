package org.uptake.rollout.gate.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramTeamService;
import org.uptake.rollout.gate.DecisionForm;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.uptake.rollout.gate.GateProtocol;
import org.uptake.rollout.gate.GateService;
import org.uptake.rollout.gate.Outcome;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ManualValueForm;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.readiness.UnitReadiness;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.web.PageAttempts;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import tools.jackson.databind.json.JsonMapper;
import org.uptake.shared.error.InvalidInputException;

/** The readiness board of a program and a unit's gate page: criteria, manual values, the head's sign-off, decision, go-live. */
@Controller
@RequestMapping("/programs/{programId}")
class GatePageController {

    private final ProgramService programs;
    private final WaveService waves;
    private final ReadinessService readiness;
    private final GateService gates;
    private final ProgramTeamService team;
    private final GateProtocol protocols;
    private final AuditLog audit;
    private final MessageSource messages;
    private final JsonMapper json;

    GatePageController(ProgramService programs, WaveService waves, ReadinessService readiness, GateService gates,
                       ProgramTeamService team, GateProtocol protocols, AuditLog audit, MessageSource messages, JsonMapper json) {
        this.team = team;
        this.messages = messages;
        this.json = json;
        this.audit = audit;
        this.protocols = protocols;
        this.programs = programs;
        this.waves = waves;
        this.readiness = readiness;
        this.gates = gates;
    }

    @GetMapping("/readiness")
    String board(@PathVariable long programId, @RequestParam(required = false) Long waveId, Model model) {
        Actor actor = CurrentActor.get();
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("waves", waves.list(actor, programId));
        model.addAttribute("waveId", waveId);
        List<CriterionKind> kinds = readiness.criteria(actor, programId).stream().filter(c -> c.enabled()).map(c -> c.kind()).toList();
        List<UnitReadiness> board = readiness.board(actor, programId, waveId);
        model.addAttribute("kinds", kinds);
        model.addAttribute("board", board);
        BoardHeat heat = BoardHeat.of(programId, board, kinds, messages, LocaleContextHolder.getLocale());
        model.addAttribute("heat", json.writeValueAsString(heat));
        model.addAttribute("heatCut", heat.cut());
        model.addAttribute("decisions", gates.latestDecisions(actor, programId));
        return "rollout/board";
    }

    @GetMapping("/rollout/units/{waveUnitId}")
    String unit(@PathVariable long programId, @PathVariable long waveUnitId, Model model) {
        unitModel(CurrentActor.get(), programId, waveUnitId, model);
        return "rollout/unit";
    }

    private String unitPage(Actor actor, long programId, long waveUnitId, Model model) {
        unitModel(actor, programId, waveUnitId, model);
        return "rollout/unit";
    }

    private void unitModel(Actor actor, long programId, long waveUnitId, Model model) {
        UnitReadiness r = readiness.unit(actor, programId, waveUnitId);
        ProgramAccess access = programs.access(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("r", r);
        model.addAttribute("u", r.unit());
        model.addAttribute("manualKinds", List.of(CriterionKind.values()).stream().filter(readiness::manual).toList());
        model.addAttribute("signOff", gates.latestSignOff(actor, waveUnitId).orElse(null));
        model.addAttribute("decisions", gates.decisions(actor, programId, waveUnitId));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("members", access.reads() ? team.members(actor, programId) : List.of());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("history", audit.history(actor.organizationId(), WaveService.UNIT_ENTITY, waveUnitId, 50));
    }

    @PostMapping("/rollout/units/{waveUnitId}/manual")
    String manual(@PathVariable long programId, @PathVariable long waveUnitId, @RequestParam CriterionKind kind,
                  @RequestParam(required = false) String value, @RequestParam(required = false) String note, Model model,
                  HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            readiness.enterManual(actor, programId, waveUnitId, kind, new ManualValueForm(number(value), note));
            return redirect(programId, waveUnitId);
        }, () -> unitPage(actor, programId, waveUnitId, model), model, response);
    }

    @PostMapping("/rollout/units/{waveUnitId}/sign-off")
    String signOff(@PathVariable long programId, @PathVariable long waveUnitId, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            gates.requestSignOff(actor, programId, waveUnitId);
            return redirect(programId, waveUnitId);
        }, () -> unitPage(actor, programId, waveUnitId, model), model, response);
    }

    @PostMapping("/rollout/units/{waveUnitId}/decision")
    String decide(@PathVariable long programId, @PathVariable long waveUnitId, @RequestParam Outcome outcome,
                  @RequestParam(required = false) String note, @RequestParam(required = false) List<String> conditionText,
                  @RequestParam(required = false) List<Long> conditionOwner, @RequestParam(required = false) List<LocalDate> conditionDue,
                  Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            gates.decide(actor, programId, waveUnitId, new DecisionForm(outcome, note, conditions(conditionText, conditionOwner, conditionDue)));
            return redirect(programId, waveUnitId);
        }, () -> unitPage(actor, programId, waveUnitId, model), model, response);
    }

    @PostMapping("/rollout/units/{waveUnitId}/go-live")
    String goLive(@PathVariable long programId, @PathVariable long waveUnitId, @RequestParam(required = false) LocalDate liveOn,
                  @RequestParam int version, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        return PageAttempts.attempt(() -> {
            gates.goLive(actor, programId, waveUnitId, liveOn, version);
            return redirect(programId, waveUnitId);
        }, () -> unitPage(actor, programId, waveUnitId, model), model, response);
    }

    @GetMapping("/rollout/decisions/{decisionId}/protocol.pdf")
    ResponseEntity<byte[]> protocol(@PathVariable long programId, @PathVariable long decisionId) {
        byte[] pdf = protocols.pdf(CurrentActor.get(), programId, decisionId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("gate-protocol-" + decisionId + ".pdf")
                        .build().toString()).body(pdf);
    }

    /** Condition rows of the form; a row with a text needs an owner and a due date. */
    private static List<DecisionForm.Condition> conditions(List<String> texts, List<Long> owners, List<LocalDate> dues) {
        List<DecisionForm.Condition> out = new ArrayList<>();
        if (texts == null) {
            return out;
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            Long owner = owners != null && owners.size() > i ? owners.get(i) : null;
            LocalDate due = dues != null && dues.size() > i ? dues.get(i) : null;
            if (owner == null || due == null || text.length() > 300) {
                throw new InvalidInputException("conditions[" + i + "]", "rollout.error.conditionIncomplete");
            }
            out.add(new DecisionForm.Condition(text.strip(), owner, due));
        }
        return out;
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value == null ? "" : value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("value", "rollout.error.notANumber");
        }
    }

    private static String redirect(long programId, long waveUnitId) {
        return "redirect:" + GateService.linkOf(programId, waveUnitId);
    }
}
