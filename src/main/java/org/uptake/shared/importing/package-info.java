/**
 * The one import mechanism: a module describes an {@link org.uptake.shared.importing.ImportKind};
 * reading CSV/XLSX, the whole-file check, the dry-run preview, the all-or-nothing apply with its
 * progress bar, templates and error reports are the same for every kind.
 */
package org.uptake.shared.importing;
