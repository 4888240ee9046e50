package org.uptake.access.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.access.AccountFilter;
import org.uptake.access.AccountService;
import org.uptake.org.person.PersonService;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Role;
import org.uptake.shared.paging.PageRequest;

/** Reading the accounts admin: people with their accounts, one account's page, the person page's account panel. */
@Controller
@RequestMapping("/admin/accounts")
class AccountPageController {

    private final AccountService accounts;
    private final PersonService people;
    private final UnitService units;
    private final AccountPageModel pageModel;

    AccountPageController(AccountService accounts, PersonService people, UnitService units, AccountPageModel pageModel) {
        this.accounts = accounts;
        this.people = people;
        this.units = units;
        this.pageModel = pageModel;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) AccountFilter.Has account,
                @RequestParam(required = false) Role role, @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) String after, Model model, HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        var filter = new AccountFilter(account, role, unitId);
        var page = new PageRequest(q, after, 50);
        model.addAttribute("page", accounts.list(actor, filter, page));
        model.addAttribute("q", q);
        model.addAttribute("filter", filter);
        if (request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null) {
            return "access/accounts/list :: rows";
        }
        model.addAttribute("unitLabel", unitId == null ? null : units.nameOf(actor, unitId).orElse(null));
        model.addAttribute("withoutPerson", after == null ? accounts.withoutPerson(actor) : java.util.List.of());
        model.addAttribute("states", AccountFilter.Has.values());
        model.addAttribute("roles", Role.values());
        return "access/accounts/list";
    }

    /** The accounts an account picker offers while the admin types (the audit log's user filter). */
    @GetMapping("/picker")
    String picker(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", accounts.pick(CurrentActor.get(), q));
        return "access/accounts/picker :: results";
    }

    /** The account panel of a person's page: their account, or the button that creates one. */
    @GetMapping("/person/{personId}")
    String personPanel(@PathVariable long personId, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("account", accounts.forPerson(actor, personId).orElse(null));
        model.addAttribute("person", people.get(actor, personId));
        return "access/accounts/person-panel :: panel";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        pageModel.fill(actor, accounts.get(actor, id), model);
        return "access/accounts/show";
    }
}
