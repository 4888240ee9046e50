package org.uptake.engagement.stakeholder;

/** What worries a stakeholder ("will I lose my job?") and how the program addresses it. */
public record Concern(String concern, String response) {

    public boolean addressed() {
        return response != null && !response.isBlank();
    }
}
