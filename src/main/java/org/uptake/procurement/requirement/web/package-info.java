/** The requirements document and systems inventory API of a program's procurement. */
package org.uptake.procurement.requirement.web;
