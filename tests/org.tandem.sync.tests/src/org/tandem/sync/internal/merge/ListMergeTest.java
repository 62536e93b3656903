package org.tandem.sync.internal.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The merge of ordered lists of distinct keys. */
class ListMergeTest {

	private static final List<String> BASE = List.of("a", "b", "c", "d");

	@Test
	void addsAndRemovesOfBothSidesGoIn() {
		assertMerged(List.of("a", "x", "c", "d", "y"), List.of("a", "x", "b", "c", "d"), List.of("a", "c", "d", "y"));
	}

	@Test
	void oneSidesReorderKeepsTheOthersAdds() {
		assertMerged(List.of("d", "a", "b", "x", "c"), List.of("d", "a", "b", "c"), List.of("a", "b", "x", "c", "d"));
		assertMerged(List.of("d", "a", "b", "x", "c"), List.of("a", "b", "x", "c", "d"), List.of("d", "a", "b", "c"));
	}

	@Test
	void addsAtTheSamePlaceKeepOursFirst() {
		assertMerged(List.of("a", "b", "o", "t", "c", "d"), List.of("a", "b", "o", "c", "d"), List.of("a", "b", "t", "c", "d"));
	}

	@Test
	void theSameReorderOnBothSidesIsNoConflict() {
		assertMerged(List.of("b", "a", "c", "d"), List.of("b", "a", "c", "d"), List.of("b", "a", "c", "d"));
	}

	@Test
	void differentReordersConflictAndKeepOurs() {
		List<String> ours = List.of("b", "a", "c", "d");
		ListMerge.Result<String> result = new ListMerge<String>().order(BASE, ours, List.of("a", "b", "d", "c"),
				ListMerge.members(BASE, ours, List.of("a", "b", "d", "c")));
		assertTrue(result.orderConflict());
		assertEquals(ours, result.keys());
	}

	private static void assertMerged(List<String> expected, List<String> ours, List<String> theirs) {
		ListMerge.Result<String> result = new ListMerge<String>().order(BASE, ours, theirs, ListMerge.members(BASE, ours, theirs));
		assertFalse(result.orderConflict(), "order conflict");
		assertEquals(expected, result.keys());
	}
}
