package org.uptake.process.centre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What is sent to create or change a centre and its functions. */
public final class CentreForms {

    private CentreForms() {
    }

    public static class Centre {
        @NotBlank @Size(max = 200) private String name;
        @Size(max = 4000) private String description;
        private Long unitId;
        private Long headPositionId;
        private int version;

        public static Centre of(ResponsibilityCentre c) {
            var f = new Centre();
            f.name = c.name();
            f.description = c.description();
            f.unitId = c.unitId();
            f.headPositionId = c.headPositionId();
            f.version = c.version();
            return f;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name == null ? null : name.strip(); }
        public String getDescription() { return description; }
        public void setDescription(String d) { this.description = d == null || d.isBlank() ? null : d.strip(); }
        public Long getUnitId() { return unitId; }
        public void setUnitId(Long unitId) { this.unitId = unitId; }
        public Long getHeadPositionId() { return headPositionId; }
        public void setHeadPositionId(Long headPositionId) { this.headPositionId = headPositionId; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    public static class Function {
        @NotNull private Long processId;
        @NotBlank @Size(max = 1000) private String function;
        private int version;

        public Long getProcessId() { return processId; }
        public void setProcessId(Long processId) { this.processId = processId; }
        public String getFunction() { return function; }
        public void setFunction(String function) { this.function = function == null ? null : function.strip(); }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    /** Turning a proposed centre into a unit of the structure. */
    public static class NewUnit {
        @NotBlank @Size(max = 64) private String code;
        private Long parentUnitId;
        private int version;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code == null ? null : code.strip(); }
        public Long getParentUnitId() { return parentUnitId; }
        public void setParentUnitId(Long parentUnitId) { this.parentUnitId = parentUnitId; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }
}
