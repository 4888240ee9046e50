package org.uptake.process.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A regulation or instruction as its author sends it; the kind is fixed once the document exists. */
public class DocumentForm {

    @NotNull private ProcessDocument.Kind kind = ProcessDocument.Kind.REGULATION;
    @NotBlank @Size(max = 200) private String title;
    private Long executorPositionId;
    @Size(max = 100_000) private String body = "";
    private int version;

    public static DocumentForm of(ProcessDocument d) {
        var f = new DocumentForm();
        f.kind = d.kind();
        f.title = d.title();
        f.executorPositionId = d.executorPositionId();
        f.body = d.body();
        f.version = d.version();
        return f;
    }

    public ProcessDocument.Kind getKind() { return kind; }
    public void setKind(ProcessDocument.Kind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? null : title.strip(); }
    public Long getExecutorPositionId() { return executorPositionId; }
    public void setExecutorPositionId(Long executorPositionId) { this.executorPositionId = executorPositionId; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body == null ? "" : body; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
