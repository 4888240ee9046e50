package org.uptake.shared.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** On the first start against an empty database, fills it with demo data of the configured size. */
@Component
@Order(0)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoDataContributor> contributors;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DemoSize size;

    DemoDataRunner(List<DemoDataContributor> contributors, JdbcClient jdbc, TransactionTemplate tx,
                   @Value("${uptake.demo:small}") String size) {
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
        this.jdbc = jdbc;
        this.tx = tx;
        this.size = DemoSize.parse(size);
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = !jdbc.sql("select exists (select 1 from organization)").query(Boolean.class).single();
        if (!empty) {
            return;
        }
        long start = System.nanoTime();
        var context = new DemoContext(size);
        tx.executeWithoutResult(status -> contributors.forEach(c -> c.contribute(context)));
        log.info("First start: {} demo data created in {} ms", size.name().toLowerCase(java.util.Locale.ROOT),
                (System.nanoTime() - start) / 1_000_000);
    }
}
