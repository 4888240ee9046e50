package org.uptake.support;

/** What kind of problem was reported (PRODUCT.md area 8; issue 6). */
public enum ProblemType {
    TECHNICAL_ERROR, RESISTANCE, TRAINING_MATERIAL, INTEGRATION_FAILURE, QUESTION, REQUEST
}
