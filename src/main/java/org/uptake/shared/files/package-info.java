/** Uploaded files kept in PostgreSQL (one {@code stored_file} table), so every node sees them and a restart loses none. */
package org.uptake.shared.files;
