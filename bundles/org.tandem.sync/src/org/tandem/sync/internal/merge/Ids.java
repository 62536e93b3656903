package org.tandem.sync.internal.merge;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Dense numbers for the element ids of one merge or comparison: each id gets the next number the
 * first time a version names it, so that the versions index their elements in arrays and mark them
 * in bit sets.
 */
final class Ids {

	/** Stands for no element. */
	static final int NONE = -1;

	private final Map<String, Integer> numbers = new HashMap<>();
	private String[] names = new String[1024];

	/** The number of {@code id}, given now when it has none yet. */
	int number(String id) {
		Integer number = numbers.get(id);
		if (number == null) {
			number = numbers.size();
			numbers.put(id, number);
			if (number == names.length) {
				names = Arrays.copyOf(names, number * 2);
			}
			names[number] = id;
		}
		return number;
	}

	/**
	 * The number of {@code id}, tried first as {@code guess}: versions of one model hold their
	 * elements mostly in the same order, so the element after number n is mostly number n + 1.
	 */
	int number(String id, int guess) {
		int found = find(id, guess);
		return found == NONE ? number(id) : found;
	}

	/** The number of {@code id}, or {@link #NONE} when no version named it. */
	int find(String id) {
		Integer number = id == null ? null : numbers.get(id);
		return number == null ? NONE : number;
	}

	/** The number of {@code id} (or {@link #NONE}), tried first as {@code guess}. */
	int find(String id, int guess) {
		return guess >= 0 && guess < numbers.size() && names[guess].equals(id) ? guess : find(id);
	}

	/** How many ids have a number. */
	int size() {
		return numbers.size();
	}
}
