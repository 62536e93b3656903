package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tandem.model.api.Identified;

/**
 * Which elements one side touched against the base: added, moved, or changed in an attribute, a
 * text or a reference. Which children an element holds is not its own change: an added or moved
 * child is touched itself.
 */
final class SideChanges {

	private final Version base;
	private final Version side;
	private final Set<String> touched = new HashSet<>();

	SideChanges(Version base, Version side) {
		this.base = base;
		this.side = side;
		for (String id : side.ids()) {
			if (changed(id)) {
				touched.add(id);
			}
		}
	}

	boolean touched(String id) {
		return touched.contains(id);
	}

	/** The ids of the touched elements and of every element that holds one, directly or further up. */
	Set<String> touchedOrHolding() {
		Set<String> marked = new HashSet<>();
		for (String id : touched) {
			for (EObject element = side.get(id); element instanceof Identified held && marked.add(held.getId());) {
				element = element.eContainer();
			}
		}
		return marked;
	}

	private boolean changed(String id) {
		Identified before = base.get(id);
		Identified after = side.get(id);
		if (before == null || before.eClass() != after.eClass() || !Objects.equals(base.location(id), side.location(id))) {
			return true;
		}
		for (EStructuralFeature feature : after.eClass().getEAllStructuralFeatures()) {
			if (Features.merged(feature) && !Features.holdsElements(feature) && !same(before, after, feature)) {
				return true;
			}
		}
		return false;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> castAll(EObject element, EStructuralFeature feature) {
		return (List<EObject>) Features.values(element, feature);
	}

	private boolean same(Identified before, Identified after, EStructuralFeature feature) {
		if (Features.isText(feature)) {
			return TextEntry.of(Features.text(before, feature)).equals(TextEntry.of(Features.text(after, feature)));
		}
		if (feature instanceof EReference reference) {
			if (reference.isContainment()) {
				return new EcoreUtil.EqualityHelper().equals(new ArrayList<EObject>(castAll(before, feature)), new ArrayList<EObject>(castAll(after, feature)));
			}
			List<String> keys = base.keys(before, reference);
			return keys.equals(side.keys(after, reference));
		}
		return Features.values(before, feature).equals(Features.values(after, feature));
	}
}
