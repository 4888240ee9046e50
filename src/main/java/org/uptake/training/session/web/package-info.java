/** REST endpoints of training sessions. */
package org.uptake.training.session.web;
