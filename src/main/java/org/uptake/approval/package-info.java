/** Sign-offs: any module asks named people for a green light (any, all or a quorum, in sequential steps) and hears the outcome as an event. */
package org.uptake.approval;
