package org.tandem.sync.internal.merge;

import java.util.Arrays;
import java.util.List;

/**
 * Which lines of a changed text are the same lines of its base: a longest common subsequence of
 * the two, after the common start and end are taken off. Texts too long for the quadratic table
 * match only at their common start and end.
 */
final class LineMatching {

	/** Above this many table cells, the middle of two texts is taken as wholly changed. */
	private static final long MAX_CELLS = 4_000_000L;

	private LineMatching() {
	}

	/**
	 * For each line of {@code base}, the index of the line of {@code changed} it matches, or -1;
	 * matched indexes rise with the base index.
	 */
	static int[] match(List<String> base, List<String> changed) {
		int[] matches = new int[base.size()];
		Arrays.fill(matches, -1);
		int start = 0;
		while (start < base.size() && start < changed.size() && base.get(start).equals(changed.get(start))) {
			matches[start] = start;
			start++;
		}
		int endBase = base.size();
		int endChanged = changed.size();
		while (endBase > start && endChanged > start && base.get(endBase - 1).equals(changed.get(endChanged - 1))) {
			matches[--endBase] = --endChanged;
		}
		int n = endBase - start;
		int m = endChanged - start;
		if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
			return matches;
		}
		// lengths[i][j]: the longest common subsequence of base[start+i..] and changed[start+j..]
		int[][] lengths = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lengths[i][j] = base.get(start + i).equals(changed.get(start + j)) ? lengths[i + 1][j + 1] + 1
						: Math.max(lengths[i + 1][j], lengths[i][j + 1]);
			}
		}
		for (int i = 0, j = 0; i < n && j < m;) {
			if (base.get(start + i).equals(changed.get(start + j))) {
				matches[start + i] = start + j;
				i++;
				j++;
			} else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
				i++;
			} else {
				j++;
			}
		}
		return matches;
	}
}
