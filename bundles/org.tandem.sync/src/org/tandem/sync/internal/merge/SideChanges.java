package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tandem.model.api.Identified;

/**
 * Which elements one side touched against the base: added, moved, or changed in an attribute, a
 * text or a reference. Which children an element holds is not its own change (an added or moved
 * child is touched itself), but an element whose children differ from the base's (one added,
 * removed or put elsewhere in the order) is marked as reshaped, so that the merge rebuilds only
 * those lists.
 */
final class SideChanges {

	private final Version base;
	private final Version side;
	private final ClassFeatures features;
	private final BitSet touched = new BitSet();
	private final BitSet reshaped = new BitSet();

	SideChanges(Version base, Version side, ClassFeatures features) {
		this.base = base;
		this.side = side;
		this.features = features;
		for (int i = 0; i < side.size(); i++) {
			compare(side.at(i));
		}
		for (int i = 0; i < base.size(); i++) {
			int number = base.at(i);
			if (!side.has(number)) {
				reshape(base.container(number));
			}
		}
	}

	/** Whether this side touched element {@code number}. */
	boolean touched(int number) {
		return touched.get(number);
	}

	/** Whether this side holds other children in element {@code number} than the base does (or lacks it, or the base does). */
	boolean reshaped(int number) {
		return reshaped.get(number) || !side.has(number) || !base.has(number);
	}

	/** The numbers of the touched elements and of every element that holds one, directly or further up. */
	BitSet touchedOrHolding() {
		BitSet marked = new BitSet();
		for (int i = touched.nextSetBit(0); i >= 0; i = touched.nextSetBit(i + 1)) {
			for (int held = i; held != Ids.NONE && !marked.get(held); held = side.container(held)) {
				marked.set(held);
			}
		}
		return marked;
	}

	private void compare(int number) {
		Identified before = base.get(number);
		Identified after = side.get(number);
		if (before == null || before.eClass() != after.eClass()) {
			touched.set(number);
			reshaped.set(number);
			reshape(side.container(number));
			if (before != null) {
				reshape(base.container(number));
			}
			return;
		}
		if (!base.samePosition(number, side)) {
			reshape(side.container(number));
			reshape(base.container(number));
		}
		if (!base.sameLocation(number, side) || !sameFeatures(before, after)) {
			touched.set(number);
		}
	}

	private void reshape(int container) {
		if (container != Ids.NONE) {
			reshaped.set(container);
		}
	}

	private boolean sameFeatures(Identified before, Identified after) {
		ClassFeatures.Compared compared = features.compared(after.eClass());
		for (EStructuralFeature attribute : compared.attributes()) {
			if (!Objects.equals(Features.value(before, attribute), Features.value(after, attribute))) {
				return false;
			}
		}
		for (EStructuralFeature text : compared.texts()) {
			if (!TextEntry.same(Features.text(before, text), Features.text(after, text))) {
				return false;
			}
		}
		for (EReference reference : compared.references()) {
			if (!sameTargets(before, after, reference)) {
				return false;
			}
		}
		for (EStructuralFeature content : compared.contents()) {
			if (!new EcoreUtil.EqualityHelper().equals(castAll(before, content), castAll(after, content))) {
				return false;
			}
		}
		return true;
	}

	private boolean sameTargets(Identified before, Identified after, EReference reference) {
		if (!reference.isMany()) {
			return base.sameKey((EObject) Features.value(before, reference), side, (EObject) Features.value(after, reference));
		}
		List<?> was = Features.values(before, reference);
		List<?> is = Features.values(after, reference);
		if (was.size() != is.size()) {
			return false;
		}
		for (int i = 0; i < was.size(); i++) {
			if (!base.sameKey((EObject) was.get(i), side, (EObject) is.get(i))) {
				return false;
			}
		}
		return true;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> castAll(EObject element, EStructuralFeature feature) {
		return new ArrayList<>((List<EObject>) Features.values(element, feature));
	}
}
