/** Recurring answers kept as an FAQ that employees see on their home page. */
package org.uptake.support.faq;
