/** Document templates (built-in and the organisation's own, versioned) and document instances with their lifecycle and rendering. */
package org.uptake.governance.document;
