package org.uptake.report.lessons.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.report.lessons.LessonService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;

/** The lessons learned register across programs, filtered by playbook. */
@Controller
class LessonPageController {

    private final LessonService lessons;

    LessonPageController(LessonService lessons) {
        this.lessons = lessons;
    }

    @GetMapping("/lessons")
    String register(@RequestParam(required = false) Long playbookId, @RequestParam(required = false) String after, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("page", lessons.register(actor, playbookId, new PageRequest(null, after, 50)));
        model.addAttribute("playbooks", lessons.playbooks(actor));
        model.addAttribute("playbookId", playbookId);
        return "report/closure/lessons";
    }
}
