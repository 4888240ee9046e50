/** Process regulations (регламент процесса) and executor instructions, versioned and approved — instructions only after their regulation. */
package org.uptake.process.document;
