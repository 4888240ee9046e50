package org.uptake.program.playbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/**
 * Reads and writes playbook files, in JSON or YAML (the same fields; a file starting with "{" is JSON).
 * Reading is strict because files come from outside: more than {@link #MAX_BYTES}, unknown fields,
 * duplicate keys, nesting deeper than the format needs or broken references are refused with a message
 * that names the place, before anything is stored.
 */
@Component
public class PlaybookFormat {

    /** A large playbook (P3 with every step in five languages) is ~100 KB; ten times that is plenty. */
    public static final int MAX_BYTES = 1_048_576;
    /** The format itself nests six levels (playbook → stages → steps → outputs → name → text). */
    static final int MAX_DEPTH = 12;

    /** The two ways a playbook file is written; both read back to the same definition. */
    public enum FileType {
        JSON("application/json", "json"), YAML("application/yaml", "yaml");

        public final String mediaType;
        public final String extension;

        FileType(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        /** {@code null} or anything but "yaml"/"yml" is JSON, the format's first form. */
        public static FileType of(String name) {
            return name != null && (name.equalsIgnoreCase("yaml") || name.equalsIgnoreCase("yml")) ? YAML : JSON;
        }
    }

    private final JsonMapper reader;
    private final JsonMapper writer;
    private final YAMLMapper yamlReader;
    private final YAMLMapper yamlWriter;
    private final PlaybookRules rules = new PlaybookRules();

    public PlaybookFormat() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH).maxDocumentLength(MAX_BYTES).maxStringLength(50_000)
                        .maxNumberLength(12).maxNameLength(100).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.reader = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        this.writer = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        // YAML aliases are not expanded by the token reader, so an "alias bomb" stays a few bytes.
        YAMLFactory yaml = YAMLFactory.builder()
                .streamReadConstraints(factory.streamReadConstraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.yamlReader = YAMLMapper.builder(yaml)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        this.yamlWriter = YAMLMapper.builder(YAMLFactory.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES).build()).build();
    }

    /** A file whose first character (after a byte-order mark and blanks) is "{" is JSON; anything else is read as YAML. */
    static FileType typeOf(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '{' ? FileType.JSON : FileType.YAML;
    }

    /** Parses and checks a file; refuses it as a whole with the reasons, or returns a definition that is safe to use. */
    public PlaybookDefinition read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "playbook.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "playbook.error.tooLarge", MAX_BYTES / 1024);
        }
        FileType type = typeOf(content);
        ObjectMapper mapper = type == FileType.JSON ? reader : yamlReader;
        PlaybookDefinition definition;
        try {
            scan(mapper, content);
            definition = mapper.readValue(content, PlaybookDefinition.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException("file", "playbook.error.unknownField", e.getPropertyName(), path(e));
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException("file", "playbook.error.tooComplex", MAX_DEPTH);
        } catch (MismatchedInputException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("Trailing token")
                    ? new InvalidInputException("file", "playbook.error.trailing")
                    : new InvalidInputException("file", "playbook.error.wrongType", path(e));
        } catch (DatabindException e) {
            throw new InvalidInputException("file", "playbook.error.wrongType", path(e));
        } catch (JacksonException e) {
            if (e.getCause() instanceof StreamConstraintsException || e.getMessage().contains("nesting depth")) {
                throw new InvalidInputException("file", "playbook.error.tooComplex", MAX_DEPTH);
            }
            throw new InvalidInputException("file", type == FileType.JSON ? "playbook.error.notJson" : "playbook.error.notYaml",
                    location(e));
        }
        if (definition == null) {
            throw new InvalidInputException("file", "playbook.error.empty");
        }
        check(definition);
        return definition;
    }

    /**
     * Reads every token once before binding, so the nesting limit, duplicate keys and broken syntax are
     * caught wherever they are — binding alone would stop at the first value of the wrong shape.
     */
    private static void scan(ObjectMapper mapper, byte[] content) {
        try (JsonParser parser = mapper.createParser(content)) {
            while (parser.nextToken() != null) {
                // reading is the check
            }
        }
    }

    public PlaybookDefinition read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks a definition built in memory (the structured editor) with the same rules as a file. */
    public void check(PlaybookDefinition definition) {
        List<Violation> violations = rules.check(definition);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.subList(0, Math.min(violations.size(), 50)));
        }
    }

    public String write(PlaybookDefinition definition) {
        return writer.writeValueAsString(definition);
    }

    public String write(PlaybookDefinition definition, FileType type) {
        return type == FileType.YAML ? yamlWriter.writeValueAsString(definition) : write(definition);
    }

    /** A stable fingerprint of the content, so an unchanged built-in file does not make a new version. */
    public String checksum(PlaybookDefinition definition) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(writer.writeValueAsString(definition).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "(top)" : sb.toString();
    }

    private static String location(JacksonException e) {
        var loc = e.getLocation();
        return loc == null ? "?" : loc.getLineNr() + ":" + loc.getColumnNr();
    }
}
