package uptake;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forever;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Signs each virtual user in once, then requests every page and API endpoint in turn for the
 * configured duration. Pages and endpoints come from -Duptake.pages / -Duptake.api
 * ("name=/path;name=/path"), which bench/run-load.sh fills with ids from the large demo data.
 */
public class PagesSimulation extends Simulation {

    private static final String BASE = System.getProperty("uptake.base", "http://localhost:8080");
    private static final String USER = System.getProperty("uptake.user", "admin");
    private static final String PASSWORD = System.getProperty("uptake.password", "bench-admin-password");
    private static final String TOKEN = System.getProperty("uptake.token", "");
    private static final int USERS = Integer.getInteger("uptake.users", 8);
    private static final int SECONDS = Integer.getInteger("uptake.seconds", 40);

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).disableFollowRedirect()
            .acceptHeader("text/html,application/json").shareConnections();

    private static List<String[]> parse(String spec) {
        List<String[]> out = new ArrayList<>();
        for (String item : spec.split(";")) {
            int eq = item.indexOf('=');
            if (eq > 0) {
                out.add(new String[]{item.substring(0, eq).strip(), item.substring(eq + 1).strip()});
            }
        }
        return out;
    }

    private ChainBuilder signIn() {
        return exec(http("sign-in form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign-in").post("/login").formParam("username", USER).formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}").check(status().is(302)));
    }

    private ChainBuilder visitAll() {
        ChainBuilder chain = exec(session -> session);
        for (String[] page : parse(System.getProperty("uptake.pages", "home=/"))) {
            chain = chain.exec(http(page[0]).get(page[1]).check(status().is(200)));
        }
        for (String[] api : parse(System.getProperty("uptake.api", ""))) {
            chain = chain.exec(http(api[0]).get(api[1]).header("Authorization", "Bearer " + TOKEN)
                    .check(status().is(200)));
        }
        return chain;
    }

    {
        ScenarioBuilder users = scenario("pages").exec(signIn()).forever().on(visitAll());
        // The users loop forever, so the run must be cut off: without maxDuration it never ends.
        setUp(users.injectClosed(constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(SECONDS));
    }
}
