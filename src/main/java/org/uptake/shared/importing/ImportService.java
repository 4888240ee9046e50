package org.uptake.shared.importing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.exporting.ExportFormat;
import org.uptake.shared.exporting.SpreadsheetWriter;
import org.uptake.shared.files.FileStore;
import org.uptake.shared.files.StoredFile;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * Imports of every kind. {@link #check} stores the file and its dry-run preview; {@link #apply}
 * (or {@link #startApply} for the progress bar) writes it, all or nothing. Only the kinds'
 * importers — admins — see imports.
 */
@Service
public class ImportService {

    static final String ENTITY = "import";
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final Set<String> STORED_TYPES = Set.of("text/csv", ExportFormat.XLSX.contentType());

    private final Map<String, ImportKind<?, ?>> kinds = new LinkedHashMap<>();
    private final FileStore files;
    private final ImportJobRepository jobs;
    private final ImportExecution execution;
    private final ImportRunner runner;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final long maxBytes;

    ImportService(ObjectProvider<ImportKind<?, ?>> kinds, FileStore files, ImportJobRepository jobs, ImportExecution execution,
                  ImportRunner runner, AuditLog audit, TransactionTemplate transaction,
                  @Value("${uptake.import.max-file-bytes:20971520}") long maxBytes) {
        kinds.stream().sorted(Comparator.comparing(ImportKind::key)).forEach(k -> this.kinds.put(k.key(), k));
        this.files = files;
        this.jobs = jobs;
        this.execution = execution;
        this.runner = runner;
        this.audit = audit;
        this.transaction = transaction;
        this.maxBytes = maxBytes;
    }

    public List<ImportKind<?, ?>> kinds() {
        return List.copyOf(kinds.values());
    }

    public ImportKind<?, ?> kind(String key) {
        ImportKind<?, ?> kind = key == null ? null : kinds.get(key);
        if (kind == null) {
            throw new NotFoundException("import kind", key);
        }
        return kind;
    }

    /** Imports are an admin's tool: the list and the pages of past imports are theirs. */
    public void requireImporter(Actor actor) {
        actor.require("import", Role.ADMIN);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads and checks the whole file — the dry run. A file that cannot be read at all (encoding,
     * columns, size, a zip bomb) is refused with {@link InvalidInputException} and nothing is
     * stored; otherwise the file and its preview are stored as a job, CHECKED or REJECTED.
     */
    public ImportJob check(Actor actor, String kindKey, String fileName, byte[] bytes) {
        ImportKind<?, ?> kind = kind(kindKey);
        kind.authorize(actor);
        if (bytes.length > maxBytes) {
            throw new InvalidInputException("file", "import.error.tooLarge", maxBytes / (1024 * 1024));
        }
        long start = System.nanoTime();
        ImportTable table = SpreadsheetReader.read(bytes, kind.columns());
        long read = System.nanoTime();
        CheckOutcome outcome = ImportPlan.check(actor, kind, table, ImportProgress.NONE).outcome();
        long checked = System.nanoTime();
        ImportStatus status = outcome.hasErrors() ? ImportStatus.REJECTED : ImportStatus.CHECKED;
        String type = "XLSX".equals(table.format()) ? ExportFormat.XLSX.contentType() : "text/csv";
        Long id = transaction.execute(s -> {
            StoredFile file = files.store(actor, fileName, type, bytes, maxBytes, STORED_TYPES);
            long jobId = jobs.insert(actor.organizationId(), kind.key(), file.id(), file.name(), status, outcome,
                    actor.userId() == 0 ? null : actor.userId(), actor.displayName());
            audit.action(actor, ENTITY, jobId, "checked", Map.of("kind", kind.key(), "file", file.name(),
                    "rows", outcome.total(), "errors", outcome.errors()));
            return jobId;
        });
        log.info("Import {} ({}) checked: {} rows, {} with errors, in {} ms (reading {} ms, checking {} ms)", id, kind.key(),
                outcome.total(), outcome.errors(), (checked - start) / 1_000_000, (read - start) / 1_000_000,
                (checked - read) / 1_000_000);
        return get(actor, id);
    }

    public ImportJob get(Actor actor, long id) {
        ImportJob job = jobs.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        kind(job.kind()).authorize(actor);
        return job;
    }

    public List<ImportProblem> problems(Actor actor, long id) {
        get(actor, id);
        return jobs.problems(actor.organizationId(), id);
    }

    public List<PreviewRow> preview(Actor actor, long id) {
        get(actor, id);
        return jobs.preview(actor.organizationId(), id);
    }

    public Slice<ImportJob> list(Actor actor, PageRequest request) {
        requireImporter(actor);
        Cursor after = request.cursor();
        return Slice.of(jobs.page(actor.organizationId(), after == null ? null : after.id(), request.size() + 1),
                request.size(), j -> new Cursor("", j.id()));
    }

    /** Applies a checked import in the caller's thread and answers its final state (the API's way). */
    public ImportJob apply(Actor actor, long id) {
        ImportJob job = claim(actor, id);
        execution.run(actor, job, kind(job.kind()));
        return get(actor, id);
    }

    /** Starts applying a checked import in the background; the job row tells how far it has got. */
    public ImportJob startApply(Actor actor, long id) {
        ImportJob job = claim(actor, id);
        ImportKind<?, ?> kind = kind(job.kind());
        runner.submit(() -> execution.run(actor, job, kind));
        return get(actor, id);
    }

    private ImportJob claim(Actor actor, long id) {
        ImportJob job = get(actor, id);
        if (!jobs.claim(actor.organizationId(), id)) {
            throw new InvalidInputException(null, switch (job.status()) {
                case REJECTED -> "import.error.hasErrors";
                case APPLYING, APPLIED -> "import.error.alreadyApplied";
                default -> "import.error.notApplicable";
            });
        }
        return job;
    }

    /** A template for the kind: the header row and one example row; XLSX adds a sheet describing the columns. */
    public void writeTemplate(Actor actor, String kindKey, SpreadsheetWriter writer, Function<String, String> text) {
        ImportKind<?, ?> kind = kind(kindKey);
        kind.authorize(actor);
        writer.header(kind.columns().stream().map(ImportColumn::name).toList());
        writer.row(kind.columns().stream().map(ImportColumn::example).toList());
        if (writer.format() == ExportFormat.XLSX) {
            writer.startSheet(text.apply("import.template.columnsSheet"));
            writer.header(List.of(text.apply("import.column.name"), text.apply("import.column.required"),
                    text.apply("import.column.description")));
            for (ImportColumn c : kind.columns()) {
                writer.row(List.of(c.name(), text.apply(c.required() ? "import.yes" : "import.no"),
                        text.apply("import." + kind.key() + "." + c.name())));
            }
        }
    }
}
