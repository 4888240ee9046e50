package org.uptake.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL 17 in-process when no {@code spring.datasource.url} is configured,
 * so that {@code ./mvnw spring-boot:run} needs nothing but a JDK. The data directory survives
 * restarts; fsync and synchronous_commit are switched back on because zonky turns them off
 * (it is built for throw-away test databases, this is someone's real data).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Environment env) throws IOException {
        boolean ephemeral = env.getProperty("uptake.embedded.ephemeral", Boolean.class, false);
        // Spring stops the database (destroyMethod) after the pool and everything using it. zonky's own
        // JVM shutdown hook races that close: at the end of a test run it pulled the database from under
        // the still-closing test context. Throw-away test databases rely on Spring alone; a real data
        // directory keeps zonky's hook as a safety net, so a failed close never leaves its server running.
        var builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(!ephemeral)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB");
        if (ephemeral) {
            builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        } else {
            Path dir = Path.of(env.getProperty("uptake.data-dir", "./data")).toAbsolutePath().resolve("postgres");
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            log.info("Embedded PostgreSQL keeps its data in {}", dir);
        }
        return builder.start();
    }

    @Bean
    @ConditionalOnMissingBean(DataSource.class)
    HikariDataSource dataSource(EmbeddedPostgres postgres, Environment env) {
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        config.setMaximumPoolSize(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 20));
        config.setPoolName("uptake-embedded");
        return new HikariDataSource(config);
    }

}
