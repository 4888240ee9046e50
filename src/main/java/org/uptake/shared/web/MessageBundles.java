package org.uptake.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its UI text in {@code i18n/<module>/messages*.properties}. The bundles are
 * found on the classpath instead of being listed in configuration, so adding a module never means
 * editing a shared list (and never forgetting to).
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    static String[] basenames() {
        try {
            var names = new TreeSet<String>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*/messages.properties")) {
                String path = r.getURL().toString();
                int at = path.lastIndexOf("/i18n/");
                names.add(path.substring(at + 1, path.length() - ".properties".length()));
            }
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
    }
}
