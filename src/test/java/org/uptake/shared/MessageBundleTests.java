package org.uptake.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every key of every module's English bundle exists in the Russian, German, Norwegian and Italian
 * bundles, and every {@code #{key}} used in a template exists in English.
 */
class MessageBundleTests {

    static Stream<Arguments> bundlesAndLanguages() throws IOException {
        List<Arguments> args = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*/messages.properties")) {
            String module = r.getURL().getPath().replaceAll(".*/i18n/([^/]+)/messages.properties", "$1");
            for (String lang : List.of("ru", "de", "nb", "it")) {
                args.add(Arguments.of(module, lang));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundlesAndLanguages")
    void everyKeyIsTranslated(String module, String lang) throws IOException {
        Properties english = load("i18n/" + module + "/messages.properties");
        Properties translated = load("i18n/" + module + "/messages_" + lang + ".properties");
        Set<String> missing = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (translated.getProperty(key) == null || translated.getProperty(key).isBlank()) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys of %s missing in messages_%s", module, lang).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void everyKeyUsedInTemplatesExistsInEnglish() throws IOException {
        Properties english = new Properties();
        var resolver = new PathMatchingResourcePatternResolver();
        for (Resource r : resolver.getResources("classpath*:i18n/*/messages.properties")) {
            try (InputStream in = r.getInputStream()) {
                english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        Pattern key = Pattern.compile("#\\{([a-zA-Z][\\w.]*)");
        Set<String> missing = new TreeSet<>();
        for (Resource r : resolver.getResources("classpath*:templates/**/*.html")) {
            String html = r.getContentAsString(StandardCharsets.UTF_8);
            Matcher m = key.matcher(html);
            while (m.find()) {
                if (english.getProperty(m.group(1)) == null) {
                    missing.add(m.group(1) + " (" + r.getFilename() + ")");
                }
            }
        }
        assertThat(missing).as("message keys used in templates but not defined").isEmpty();
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }
}
