package org.uptake.rollout.checklist;

/** An item of a program's checklist template; an access item becomes one item per person in scope of each unit. */
public record TemplateItem(long id, long programId, Category category, String title, Long ownerPersonId, String ownerName,
                           int dueDaysBefore, int position, int version) {
}
