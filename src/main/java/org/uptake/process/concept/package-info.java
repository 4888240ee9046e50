/** The organisational concept and the Regulation on the org structure (Положение об организационной структуре), assembled and exported as documents. */
package org.uptake.process.concept;
