/** The training pages: the program's training tab, a course, a session and "my trainings". */
package org.uptake.training.web;
