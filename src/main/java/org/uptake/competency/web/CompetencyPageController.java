package org.uptake.competency.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.org.position.PositionService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;

/** The competencies start page: every position with its duties and profile, and the way to the catalogue, assessments and standards. */
@Controller
class CompetencyPageController {

    private final PositionService positions;

    CompetencyPageController(PositionService positions) {
        this.positions = positions;
    }

    @GetMapping("/competencies")
    String overview(@RequestParam(required = false) String q, @RequestParam(required = false) String after, Model model,
                    HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("page", positions.list(CurrentActor.get(), new PageRequest(q, after, 50)));
        boolean swap = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
        return swap ? "competency/overview :: rows" : "competency/overview";
    }
}
