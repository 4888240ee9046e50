/** Sign-off pages (inbox, request, form, delegations), the REST API, the navigation entry and the home panel. */
package org.uptake.approval.web;
