package org.plenary.align.dp;

import java.util.List;

/**
 * A monotone alignment of two sides: beads {@code {i0, i1, j0, j1}} (units {@code [i0, i1)} of the
 * first side with {@code [j0, j1)} of the second) in order, covering both; its total cost; and the
 * most cells any level of the search held at once, the measure of its memory.
 */
public record Path(List<int[]> beads, double cost, long cells) {}
