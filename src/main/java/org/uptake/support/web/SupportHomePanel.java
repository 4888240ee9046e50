package org.uptake.support.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.web.HomePanel;
import org.uptake.support.ProblemRow;
import org.uptake.support.ProblemService;
import org.uptake.support.faq.FaqEntry;
import org.uptake.support.faq.FaqService;

/**
 * "How to get help" on everyone's home page: the short form to report a problem, the answers people
 * needed most (the FAQ) and the problems the actor reported or owns with their status.
 */
@Component
class SupportHomePanel implements HomePanel {

    private static final int SHOWN = 5;

    private final ProblemService problems;
    private final FaqService faq;

    SupportHomePanel(ProblemService problems, FaqService faq) {
        this.problems = problems;
        this.faq = faq;
    }

    record Help(List<ProblemRow> mine, List<FaqEntry> faq, Long openInMyUnits) {
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String template() {
        return "support/home-panel";
    }

    @Override
    public Object data(Actor actor) {
        return new Help(problems.mine(actor, SHOWN), faq.list(actor, SHOWN).stream().filter(FaqEntry::published).toList(),
                problems.openInHeadedUnits(actor));
    }
}
