/** The editor of "what changes for a role" and its API. */
package org.uptake.engagement.home.web;
