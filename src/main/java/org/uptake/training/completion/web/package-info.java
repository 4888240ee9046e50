/** REST endpoints of training completion. */
package org.uptake.training.completion.web;
