package org.uptake.report.wheel;

/** The kinds of recurring follow-up after the handover: assessing quality, assuring it is still done right, developing it further. */
public enum WheelKind {
    QUALITY_ASSESSMENT, ASSURANCE, DEVELOPMENT
}
