/** The survey pages and the {@code /api/v1/surveys} API. */
package org.uptake.engagement.survey.web;
