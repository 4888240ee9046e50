package org.uptake.procurement.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.uptake.procurement.integration.IntegrationService;
import org.uptake.procurement.requirement.Requirement;
import org.uptake.procurement.requirement.RequirementService;
import org.uptake.procurement.requirement.SystemService;
import org.uptake.program.Program;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.exporting.HtmlDocx;
import org.uptake.shared.exporting.HtmlPdf;

/**
 * The requirements document as a vendor receives it, PDF or DOCX from one XHTML body
 * ({@code procurement/export.html}): goals, requirements by stage, existing systems, integrations.
 * The internal budget is never put into the model, so no template change can leak it.
 */
@Component
class RequirementExport {

    private final ProgramService programs;
    private final RequirementService requirements;
    private final SystemService systems;
    private final IntegrationService integrations;
    private final TemplateEngine templates;

    RequirementExport(ProgramService programs, RequirementService requirements, SystemService systems,
                      IntegrationService integrations, TemplateEngine templates) {
        this.programs = programs;
        this.requirements = requirements;
        this.systems = systems;
        this.integrations = integrations;
        this.templates = templates;
    }

    byte[] pdf(Actor actor, long programId, Locale locale) {
        return HtmlPdf.render(templates.process("procurement/export", context(actor, programId, locale)));
    }

    byte[] docx(Actor actor, long programId, Locale locale) {
        return HtmlDocx.write(templates.process("procurement/export", Set.of("body"), context(actor, programId, locale)));
    }

    String fileName(Actor actor, long programId) {
        String name = programs.find(actor, programId).name().replaceAll("[^\\p{L}\\p{N}]+", "-");
        return "requirements-" + (name.length() > 60 ? name.substring(0, 60) : name);
    }

    private Context context(Actor actor, long programId, Locale locale) {
        Program program = programs.find(actor, programId);
        var document = requirements.document(actor, programId);
        Map<Integer, List<Requirement>> byStage = requirements.all(actor, programId).stream()
                .collect(Collectors.groupingBy(Requirement::stage, TreeMap::new, Collectors.toList()));
        Context c = new Context(locale);
        c.setVariable("program", program);
        c.setVariable("goals", document.goals());
        c.setVariable("stages", byStage);
        c.setVariable("systems", systems.all(actor, programId));
        c.setVariable("integrations", integrations.all(actor, programId));
        return c;
    }
}
