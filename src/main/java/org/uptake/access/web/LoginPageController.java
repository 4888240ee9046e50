package org.uptake.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.uptake.shared.CurrentActor;

@Controller
class LoginPageController {

    @GetMapping("/login")
    String login() {
        return CurrentActor.find().isPresent() ? "redirect:/" : "access/login";
    }
}
