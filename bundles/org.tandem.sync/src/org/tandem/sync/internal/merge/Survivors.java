package org.tandem.sync.internal.merge;

import java.util.Arrays;
import java.util.BitSet;

import org.eclipse.emf.ecore.EReference;
import org.tandem.model.Identified;
import org.tandem.sync.merge.ConflictKind;

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
		walk(versions.ours().root(), versions.ours(), versions.theirs(), oursTouched, false, ConflictKind.CHANGED_HERE_DELETED_THERE);
		walk(versions.theirs().root(), versions.theirs(), versions.ours(), theirsTouched, false, ConflictKind.DELETED_HERE_CHANGED_THERE);
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
	 * Visits {@code element} of {@code side} and what it holds; {@code other} is the other side,
	 * {@code touched} the elements that this side touched or that hold a touched element,
	 * {@code keptAbove} whether a container was kept against the other side's delete.
	 */
	private void walk(Identified element, Version side, Version other, BitSet touched, boolean keptAbove, ConflictKind kind) {
		int number = side.number(element);
		boolean keptHere = false;
		if (other.has(number)) {
			add(number);
		} else if (!base.has(number) || keptAbove) {
			add(number);
			keptHere = keptAbove;
		} else if (touched.get(number)) {
			add(number);
			keptHere = true;
			log.add(kind, element, null, null, "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (EReference holder : features.holders(element.eClass())) {
			for (Object child : Features.values(element, holder)) {
				if (child instanceof Identified held) {
					walk(held, side, other, touched, keptHere, kind);
				}
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
