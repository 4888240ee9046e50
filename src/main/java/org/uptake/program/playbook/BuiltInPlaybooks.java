package org.uptake.program.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the built-in playbooks (classpath:playbooks/*.json) into read-only system rows on start.
 * A changed file becomes the next version; programs created earlier keep the version they came from.
 * Runs before the demo data, which creates programs from them. Another node doing the same at the
 * same moment loses the race on the unique version number and leaves it to the winner.
 */
@Component
@Order(-10)
class BuiltInPlaybooks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInPlaybooks.class);

    private final PlaybookRepository playbooks;
    private final PlaybookFormat format;
    private final TransactionTemplate tx;

    BuiltInPlaybooks(PlaybookRepository playbooks, PlaybookFormat format, TransactionTemplate tx) {
        this.playbooks = playbooks;
        this.format = format;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:playbooks/*.json");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            PlaybookDefinition definition;
            try (InputStream in = file.getInputStream()) {
                definition = format.read(in.readAllBytes());
            } catch (RuntimeException e) {
                throw new IllegalStateException("Built-in playbook " + file.getFilename() + " is not valid: " + e.getMessage(), e);
            }
            try {
                tx.executeWithoutResult(status -> load(definition));
            } catch (DuplicateKeyException raced) {
                log.info("Built-in playbook {} was loaded by another node", definition.code());
            }
        }
    }

    private void load(PlaybookDefinition definition) {
        var existing = playbooks.findBuiltIn(definition.code());
        if (existing.isEmpty()) {
            long id = playbooks.insert(null, definition.code(), definition.name().in("en"), null);
            playbooks.publish(playbooks.findBuiltIn(definition.code()).orElseThrow(), definition, "built in", null, "Uptake");
            log.info("Built-in playbook {} loaded (id {})", definition.code(), id);
            return;
        }
        Playbook p = existing.get();
        if (!playbooks.latestChecksum(p.id()).orElse("").equals(format.checksum(definition))) {
            playbooks.publish(p, definition, "built in, updated", null, "Uptake");
            log.info("Built-in playbook {} updated to version {}", definition.code(), p.latestVersion() + 1);
        }
    }
}
