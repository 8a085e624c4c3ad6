/** The search for the cheapest monotone path of beads between two sides, coarse to fine, in linear memory. */
package org.plenary.align.dp;
