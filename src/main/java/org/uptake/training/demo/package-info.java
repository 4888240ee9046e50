/** The training part of the demo data: courses, sessions with attendance and feedback; 100k records in the large demo. */
package org.uptake.training.demo;
