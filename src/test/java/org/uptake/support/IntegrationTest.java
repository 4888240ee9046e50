package org.uptake.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of every test that needs the running application: a real PostgreSQL 17 (embedded,
 * throw-away), a real HTTP port, real SMTP (GreenMail). All such tests share one Spring context;
 * each test isolates itself by creating its own organisation through {@link Fixtures}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "uptake.embedded.ephemeral=true",
        "uptake.demo=none",
        "uptake.admin-password=" + Fixtures.PASSWORD,
        "uptake.mail.poll-ms=200",
        "logging.level.io.zonky=WARN",
        // Closed from a JVM shutdown hook after the last test: nothing is worth waiting for then.
        "server.shutdown=immediate"
})
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(Fixtures.class)
public abstract class IntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected JdbcClient jdbc;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
        registry.add("uptake.base-url", () -> "http://localhost");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
