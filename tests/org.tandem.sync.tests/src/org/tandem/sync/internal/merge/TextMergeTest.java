package org.tandem.sync.internal.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The line-by-line three-way merge of texts. */
class TextMergeTest {

	private static final String BASE = "a\nb\nc\nd\ne\n";

	@Test
	void changesInDifferentLinesBothGoIn() {
		assertClean("A\nb\nc\nd\nE\n", BASE, "A\nb\nc\nd\ne\n", "a\nb\nc\nd\nE\n");
	}

	@Test
	void insertionsAndDeletionsInDifferentPlacesBothGoIn() {
		assertClean("a\nnew\nb\nd\ne\nend\n", BASE, "a\nnew\nb\nc\nd\ne\n", "a\nb\nd\ne\nend\n");
	}

	@Test
	void theSameChangeOnBothSidesIsTakenOnce() {
		assertClean("a\nB\nc\nd\ne\n", BASE, "a\nB\nc\nd\ne\n", "a\nB\nc\nd\ne\n");
	}

	@Test
	void oneSideUnchangedTakesTheOther() {
		assertClean("x\ny", BASE, BASE, "x\ny");
		assertClean("x\ny", BASE, "x\ny", BASE);
	}

	@Test
	void differentChangesToTheSameLineConflictAndKeepOurs() {
		TextMerge.Result result = TextMerge.merge(BASE, "a\nB1\nc\nd\ne\n", "a\nB2\nc\nd\ne\n");
		assertTrue(result.conflict());
		assertEquals("a\nB1\nc\nd\ne\n", result.text());
	}

	@Test
	void differentInsertionsAtTheSamePlaceConflict() {
		assertTrue(TextMerge.merge(BASE, BASE + "x\n", BASE + "y\n").conflict());
	}

	@Test
	void aLastLineWithoutLineEndMerges() {
		assertClean("A\nb\nc!", "a\nb\nc", "A\nb\nc", "a\nb\nc!");
	}

	@Test
	void textsAddedOnBothSidesMergeAgainstNothing() {
		assertClean("same", null, "same", "same");
		assertTrue(TextMerge.merge(null, "one", "two").conflict());
	}

	private static void assertClean(String expected, String base, String ours, String theirs) {
		TextMerge.Result result = TextMerge.merge(base, ours, theirs);
		assertFalse(result.conflict(), "conflict");
		assertEquals(expected, result.text());
	}
}
