package org.uptake.governance.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.governance.markup.TemplateMarkup;

/**
 * Installs the seed's templates (classpath {@code governance/templates}) as built-in rows at
 * startup, in Russian and English. A changed body becomes the next version, so documents filled
 * from an earlier one still say which version they came from. Runs before the demo data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BuiltInTemplates implements ApplicationRunner {

    static final List<String> LANGUAGES = List.of("en", "ru");
    private static final String ROOT = "/governance/templates/";

    private final TemplateRepository templates;
    private final TransactionTemplate tx;

    BuiltInTemplates(TemplateRepository templates, TransactionTemplate tx) {
        this.templates = templates;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> install());
    }

    void install() {
        Properties catalog = new Properties();
        try (InputStream in = getClass().getResourceAsStream(ROOT + "catalog.properties")) {
            catalog.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String code : catalog.stringPropertyNames().stream().sorted().toList()) {
            String[] parts = catalog.getProperty(code).split(";");
            for (String language : LANGUAGES) {
                String title = language.equals("ru") ? parts[3] : parts[2];
                install(new TemplateForm(code, DocumentKind.valueOf(parts[0]), language, parts[1], title,
                        read(code + "." + language + ".xhtml"), null, 0));
            }
        }
    }

    private void install(TemplateForm form) {
        TemplateMarkup.validate(form.body(), TemplateVocabulary.ALL);
        var existing = templates.builtIn(form.code(), form.language());
        if (existing.isEmpty()) {
            long id = templates.insert(null, form, null);
            templates.insertVersion(id, 1, form.body(), null, null);
            return;
        }
        DocumentTemplate t = existing.get();
        String current = templates.version(t.id(), t.currentVersion()).map(TemplateVersion::body).orElse("");
        if (!current.equals(form.body())) {
            templates.bumpBuiltIn(t.id());
            templates.insertVersion(t.id(), t.currentVersion() + 1, form.body(), "built-in update", null);
        }
    }

    private static String read(String name) {
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
