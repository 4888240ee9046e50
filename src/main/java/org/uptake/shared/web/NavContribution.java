package org.uptake.shared.web;

import java.util.List;

/** A module's entries in the main navigation. */
public interface NavContribution {

    List<NavLink> links();
}
