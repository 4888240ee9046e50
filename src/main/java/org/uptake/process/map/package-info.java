/** The process map: level 1 (green) and level 2 (yellow) laid out without overlaps, with supplier → client relations. */
package org.uptake.process.map;
