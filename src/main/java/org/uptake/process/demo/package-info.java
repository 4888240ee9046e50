/** Demo data of the process module: the car-service process model of seed 002 (small) and a 2,000-process catalog (large). */
package org.uptake.process.demo;
