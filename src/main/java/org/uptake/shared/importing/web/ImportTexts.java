package org.uptake.shared.importing.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.uptake.shared.importing.ImportJob;
import org.uptake.shared.importing.ImportProblem;
import org.uptake.shared.importing.ImportService;

/** Puts an import's problems and messages into the reader's language, for the API, the pages and the error report. */
@Component
class ImportTexts {

    private final MessageSource messages;
    private final ImportService imports;

    ImportTexts(MessageSource messages, ImportService imports) {
        this.messages = messages;
        this.imports = imports;
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    String reason(ImportProblem p) {
        return messages.getMessage(p.code(), p.args().toArray(), p.code(), LocaleContextHolder.getLocale());
    }

    List<ImportReport.Problem> problems(List<ImportProblem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        return problems.stream().map(p -> new ImportReport.Problem(p.row(), p.column(), p.value(), p.code(),
                messages.getMessage(p.code(), p.args().toArray(), p.code(), locale))).toList();
    }

    ImportReport report(org.uptake.shared.Actor actor, ImportJob job) {
        return ImportReport.of(job, job.message() == null ? null : text(job.message()),
                problems(imports.problems(actor, job.id())), imports.preview(actor, job.id()));
    }
}
