package org.uptake.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.UptakeApplication;
import org.uptake.access.ApiTokenService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/**
 * Proves the external-PostgreSQL path: with {@code UPTAKE_TEST_EXTERNAL_DB_URL} set (as .ci/run
 * does with Debian's server) Uptake starts against that database, runs every migration, creates
 * the demo data, signs in through the browser flow with its session stored there, and serves the
 * API. Required under CI=true; skipped loudly elsewhere.
 */
class ExternalDatabaseTests {

    private static final String PASSWORD = "external-db-admin-pw";
    private static ConfigurableApplicationContext app;
    private static String base;

    @BeforeAll
    static void startAgainstExternalDatabase() throws Exception {
        String url = System.getenv("UPTAKE_TEST_EXTERNAL_DB_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true but UPTAKE_TEST_EXTERNAL_DB_URL is not set: the external-database path would go untested");
            }
            System.err.println("""
                    
                    ************************************************************************
                    * SKIPPED ExternalDatabaseTests: set UPTAKE_TEST_EXTERNAL_DB_URL (and   *
                    * _USERNAME/_PASSWORD) to run Uptake against an external PostgreSQL.    *
                    ************************************************************************""");
            Assumptions.abort("UPTAKE_TEST_EXTERNAL_DB_URL not set");
        }
        String user = System.getenv().getOrDefault("UPTAKE_TEST_EXTERNAL_DB_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("UPTAKE_TEST_EXTERNAL_DB_PASSWORD", "");
        try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            // A dedicated test database: start from an empty schema so reruns prove the migrations again.
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
        app = new SpringApplicationBuilder(UptakeApplication.class).properties(
                "spring.datasource.url=" + url, "spring.datasource.username=" + user,
                "spring.datasource.password=" + password, "server.port=0", "uptake.demo=small",
                "uptake.admin-password=" + PASSWORD, "uptake.scheduling.enabled=false").run();
        base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void runsAllMigrationsAndCreatesTheDemoOrganisation() {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long failed = jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single();
        long applied = jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single();
        assertThat(failed).isZero();
        assertThat(applied).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isGreaterThan(400);
        assertThat(jdbc.sql("select count(*) from unit").query(Long.class).single()).isGreaterThan(30);
    }

    @Test
    void signsInWithTheSessionStoredInTheExternalDatabase() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        var positions = http.send(HttpRequest.newBuilder(URI.create(base + "/positions")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(positions.statusCode()).isEqualTo(200);
        assertThat(positions.body()).contains("Mechanic");
        long sessions = app.getBean(JdbcClient.class).sql("select count(*) from spring_session").query(Long.class).single();
        assertThat(sessions).isPositive();
    }

    @Test
    void servesTheApiWithOptimisticLocking() throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        var admin = jdbc.sql("select id, organization_id from user_account where username = 'admin'")
                .query((rs, n) -> new Actor(rs.getLong(1), rs.getLong(2), null, "admin", "admin", Set.of(Role.ADMIN),
                        true, "en", "UTC")).single();
        String token = app.getBean(ApiTokenService.class).issue(admin, "external", List.of("read", "write"), 1).secret();
        HttpClient http = HttpClient.newHttpClient();
        var created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/positions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"EXT\",\"title\":\"External check\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        String stale = "{\"code\":\"EXT\",\"title\":\"Changed\",\"version\":7}";
        var conflict = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/positions/" + id))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(stale)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    }
}
