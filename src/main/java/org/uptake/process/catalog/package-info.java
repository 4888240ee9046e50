/** The process tree (levels 1-3) and each process's single-valued specification fields: name, description, content, benefit, owner. */
package org.uptake.process.catalog;
