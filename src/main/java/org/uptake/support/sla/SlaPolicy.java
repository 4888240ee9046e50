package org.uptake.support.sla;


/**
 * Hours to resolve a problem by severity. {@code programId} null is the organisation's policy;
 * {@code inherited} says the values come from the organisation (or the built-in defaults) because
 * the program has none of its own.
 */
public record SlaPolicy(Long programId, int criticalHours, int highHours, int mediumHours, int lowHours,
                        boolean inherited, int version) {

    /** Built in until an organisation sets its own: a working day for critical, a week for low. */
    public static final SlaPolicy DEFAULT = new SlaPolicy(null, 8, 24, 72, 168, true, 0);

    public int hours(ProblemSeverity severity) {
        return switch (severity) {
            case CRITICAL -> criticalHours;
            case HIGH -> highHours;
            case MEDIUM -> mediumHours;
            case LOW -> lowHours;
        };
    }

    SlaPolicy inheritedBy(Long program) {
        return new SlaPolicy(program, criticalHours, highHours, mediumHours, lowHours, true, 0);
    }
}
