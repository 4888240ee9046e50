package org.uptake.org.person;

/** A person with the names their detail page shows. */
public record PersonView(Person person, String unitName, String unitPath, String positionTitle, String managerName) {
}
