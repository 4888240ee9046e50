package org.uptake.procurement.selection;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The criteria a new selection starts with. {@link #CRM}: the six questions of seed 002 part C for
 * choosing a CRM (business goals, business needs, who will work in it, must-have functions, budget,
 * free trial), the budget question being the price criterion scored from the bids; {@link #BASIC}:
 * price and quality, weighted 40 : 60 because "the cheapest is not always best" (seed 003).
 * Names and descriptions are copied in the creator's language, so they can be edited like any other.
 */
@Component
class BuiltInCriteria {

    static final String CRM = "CRM";
    static final String BASIC = "BASIC";

    private record Template(String key, CriterionKind kind, int weight) {
    }

    private static final List<Template> CRM_SET = List.of(
            new Template("goals", CriterionKind.QUALITY, 20),
            new Template("needs", CriterionKind.QUALITY, 15),
            new Template("users", CriterionKind.QUALITY, 15),
            new Template("functions", CriterionKind.QUALITY, 20),
            new Template("budget", CriterionKind.PRICE, 20),
            new Template("trial", CriterionKind.QUALITY, 10));

    private static final List<Template> BASIC_SET = List.of(
            new Template("price", CriterionKind.PRICE, 40),
            new Template("quality", CriterionKind.QUALITY, 60));

    private final MessageSource messages;

    BuiltInCriteria(MessageSource messages) {
        this.messages = messages;
    }

    static boolean known(String set) {
        return set == null || set.isBlank() || CRM.equals(set) || BASIC.equals(set);
    }

    List<CriteriaForm.Line> lines(String set, Locale locale) {
        List<Template> templates = BASIC.equals(set) ? BASIC_SET : CRM_SET;
        return templates.stream().map(t -> new CriteriaForm.Line(null,
                messages.getMessage("selection.builtin." + t.key() + ".name", null, locale),
                messages.getMessage("selection.builtin." + t.key() + ".description", null, locale), t.kind(), t.weight()))
                .toList();
    }
}
