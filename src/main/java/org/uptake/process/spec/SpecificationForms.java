package org.uptake.process.spec;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a person or an API client sends for each part of a specification; the same checks serve both.
 * Each form carries the version its sender saw, so a stale edit is refused rather than lost.
 */
public final class SpecificationForms {

    private SpecificationForms() {
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Common to every part: the version the editor loaded. */
    public abstract static class Versioned {
        private int version;

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    public static class Client extends Versioned {
        @NotBlank @Size(max = 200) private String name;
        @NotNull private ProcessClient.Kind kind = ProcessClient.Kind.EXTERNAL;
        @Size(max = 2000) private String needs;

        public String getName() { return name; }
        public void setName(String name) { this.name = clean(name); }
        public ProcessClient.Kind getKind() { return kind; }
        public void setKind(ProcessClient.Kind kind) { this.kind = kind; }
        public String getNeeds() { return needs; }
        public void setNeeds(String needs) { this.needs = clean(needs); }
    }

    public static class Goal extends Versioned {
        @NotNull private Long clientId;
        @NotBlank @Size(max = 1000) private String text;

        public Long getClientId() { return clientId; }
        public void setClientId(Long clientId) { this.clientId = clientId; }
        public String getText() { return text; }
        public void setText(String text) { this.text = clean(text); }
    }

    public static class Result extends Versioned {
        @NotBlank @Size(max = 500) private String text;

        public String getText() { return text; }
        public void setText(String text) { this.text = clean(text); }
    }

    /** An indicator; {@code methodsText} takes one measurement method per line from a page's text area. */
    public static class Indicator extends Versioned {
        @NotNull private Long goalId;
        @NotBlank @Size(max = 300) private String name;
        @NotNull @Size(min = 1, max = 10) private List<@NotBlank @Size(max = 500) String> methods = new ArrayList<>();

        public Long getGoalId() { return goalId; }
        public void setGoalId(Long goalId) { this.goalId = goalId; }
        public String getName() { return name; }
        public void setName(String name) { this.name = clean(name); }
        public List<String> getMethods() { return methods; }
        public void setMethods(List<String> methods) {
            this.methods = methods == null ? new ArrayList<>()
                    : new ArrayList<>(methods.stream().map(SpecificationForms::clean).filter(m -> m != null).toList());
        }
        public void setMethodsText(String text) {
            setMethods(text == null ? List.of() : Arrays.asList(text.split("\\R")));
        }
        public String methodsText() { return String.join("\n", methods); }
    }

    /** A resource with its supplier: an existing one, or a new one named here (resources come before suppliers in the seed). */
    public static class Resource extends Versioned {
        @NotBlank @Size(max = 300) private String name;
        @NotNull private ProcessResource.Kind kind = ProcessResource.Kind.CONSUMABLE;
        private Long supplierId;
        @Size(max = 200) private String newSupplierName;
        private ProcessSupplier.Kind newSupplierKind = ProcessSupplier.Kind.PERSON;
        private Long sourceResultId;

        public String getName() { return name; }
        public void setName(String name) { this.name = clean(name); }
        public ProcessResource.Kind getKind() { return kind; }
        public void setKind(ProcessResource.Kind kind) { this.kind = kind; }
        public Long getSupplierId() { return supplierId; }
        public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }
        public String getNewSupplierName() { return newSupplierName; }
        public void setNewSupplierName(String newSupplierName) { this.newSupplierName = clean(newSupplierName); }
        public ProcessSupplier.Kind getNewSupplierKind() { return newSupplierKind; }
        public void setNewSupplierKind(ProcessSupplier.Kind newSupplierKind) { this.newSupplierKind = newSupplierKind; }
        public Long getSourceResultId() { return sourceResultId; }
        public void setSourceResultId(Long sourceResultId) { this.sourceResultId = sourceResultId; }
    }

    public static class Supplier extends Versioned {
        @NotBlank @Size(max = 200) private String name;
        @NotNull private ProcessSupplier.Kind kind = ProcessSupplier.Kind.PERSON;
        private Long unitId;
        private Long sourceProcessId;

        public String getName() { return name; }
        public void setName(String name) { this.name = clean(name); }
        public ProcessSupplier.Kind getKind() { return kind; }
        public void setKind(ProcessSupplier.Kind kind) { this.kind = kind; }
        public Long getUnitId() { return unitId; }
        public void setUnitId(Long unitId) { this.unitId = unitId; }
        public Long getSourceProcessId() { return sourceProcessId; }
        public void setSourceProcessId(Long sourceProcessId) { this.sourceProcessId = sourceProcessId; }
    }

    /** An executor: a position, or — while the structure is unsettled — a provisional role name. */
    public static class Executor extends Versioned {
        private Long positionId;
        @Size(max = 200) private String provisionalRole;
        @Size(max = 2000) private String functions;

        public Long getPositionId() { return positionId; }
        public void setPositionId(Long positionId) { this.positionId = positionId; }
        public String getProvisionalRole() { return provisionalRole; }
        public void setProvisionalRole(String provisionalRole) { this.provisionalRole = clean(provisionalRole); }
        public String getFunctions() { return functions; }
        public void setFunctions(String functions) { this.functions = clean(functions); }
    }
}
