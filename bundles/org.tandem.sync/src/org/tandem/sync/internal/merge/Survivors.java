package org.tandem.sync.internal.merge;

import java.util.Arrays;
import java.util.BitSet;

import org.tandem.model.api.Identified;
import org.tandem.sync.api.merge.ConflictKind;

/**
 * Which elements the merged model holds: those both sides kept, those one side added, and none
 * that one side deleted, unless the other side touched the element or something in it (edit
 * versus delete): then the element is kept, with all that it holds on the side that touched it,
 * and the conflict is reported once, for the outermost element kept.
 */
final class Survivors {

	private final Version base;
	private final ClassFeatures features;
	private final ConflictLog log;
	private final BitSet kept = new BitSet();
	private int[] order = new int[1024];
	private int size;

	Survivors(MergeVersions versions, BitSet oursTouched, BitSet theirsTouched, ClassFeatures features, ConflictLog log) {
		this.base = versions.base();
		this.features = features;
		this.log = log;
		walk(versions.ours(), versions.theirs(), oursTouched, ConflictKind.CHANGED_HERE_DELETED_THERE);
		walk(versions.theirs(), versions.ours(), theirsTouched, ConflictKind.DELETED_HERE_CHANGED_THERE);
	}

	/** How many elements the merged model holds. */
	int size() {
		return size;
	}

	/** The number of the {@code i}th element that the merged model holds: ours first, each in the order of its side's model. */
	int at(int i) {
		return order[i];
	}

	boolean contains(int number) {
		return number >= 0 && kept.get(number);
	}

	/**
	 * Visits the elements of {@code side} in model order, from its root through the features that
	 * hold elements; {@code other} is the other side, {@code touched} the elements that this side
	 * touched or that hold a touched element. An element is kept against the other side's delete
	 * when its container was.
	 */
	private void walk(Version side, Version other, BitSet touched, ConflictKind kind) {
		BitSet reached = new BitSet();
		BitSet keptAgainstDelete = new BitSet();
		int root = side.number(side.root());
		for (int i = 0; i < side.size(); i++) {
			int number = side.at(i);
			Identified element = side.get(number);
			int container = side.container(number);
			if (number != root && (container == Ids.NONE || !reached.get(container)
					|| !features.holders(side.get(container).eClass()).contains(element.eContainmentFeature()))) {
				continue;
			}
			reached.set(number);
			boolean keptAbove = container != Ids.NONE && keptAgainstDelete.get(container);
			if (other.has(number)) {
				add(number);
			} else if (!base.has(number) || keptAbove) {
				add(number);
				if (keptAbove) {
					keptAgainstDelete.set(number);
				}
			} else if (touched.get(number)) {
				add(number);
				keptAgainstDelete.set(number);
				log.add(kind, element, null, null, "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	private void add(int number) {
		if (!kept.get(number)) {
			kept.set(number);
			if (size == order.length) {
				order = Arrays.copyOf(order, size * 2);
			}
			order[size++] = number;
		}
	}
}
