/** Surveys: templates, versions, distribution, answers (named or anonymous), results and the readiness signal. */
package org.uptake.engagement.survey;
