/** What every governance page shares: carrying out a change from a form and bringing its refusal back to the page. */
package org.uptake.governance.web;
