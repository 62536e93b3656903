package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.tandem.model.api.Identified;
import org.tandem.sync.api.merge.ConflictKind;

/**
 * Merges the attributes, texts and references of one element into the result. Single values follow
 * {@link ThreeWay}; a long text (one with several lines) that both sides changed is merged line by
 * line; lists follow {@link ListMerge}. A reference whose target is not in the result (the other
 * side deleted it) is removed and reported.
 */
final class FeatureMerge {

	private final MergeVersions versions;
	private final ConflictLog log;
	private final TextSlotMerge texts;

	FeatureMerge(MergeVersions versions, ConflictLog log) {
		this.versions = versions;
		this.log = log;
		this.texts = new TextSlotMerge(log);
	}

	/** Merges every feature of element {@code number}, which the result holds. */
	void merge(int number) {
		Identified r = versions.result().get(number);
		Identified b = versions.base().get(number);
		Identified o = versions.ours().get(number);
		Identified t = versions.theirs().get(number);
		for (EStructuralFeature feature : r.eClass().getEAllStructuralFeatures()) {
			if (!Features.merged(feature) || Features.holdsElements(feature)) {
				continue;
			}
			boolean both = o != null && t != null && o.eClass() == t.eClass();
			if (feature instanceof EReference reference && !reference.isContainment()) {
				references(r, reference, b, o, t, both);
			} else if (both && Features.isText(feature)) {
				texts.merge(r, feature, applies(b, feature) ? b : null, o, t);
			} else if (both && feature instanceof EAttribute attribute) {
				if (attribute.isMany()) {
					attributeList(r, attribute, applies(b, feature) ? b : null, o, t);
				} else {
					attribute(r, attribute, applies(b, feature) ? b : null, o, t);
				}
			}
		}
	}

	private static boolean applies(EObject element, EStructuralFeature feature) {
		return element != null && element.eClass().getEAllStructuralFeatures().contains(feature);
	}

	private void attribute(Identified r, EAttribute attribute, Identified b, Identified o, Identified t) {
		Object vb = b == null ? Absent.VALUE : b.eGet(attribute);
		Object vo = o.eGet(attribute);
		Object vt = t.eGet(attribute);
		switch (ThreeWay.decide(vb, vo, vt)) {
		case OURS -> {
			// the result holds our value
		}
		case THEIRS -> r.eSet(attribute, vt);
		case CONFLICT -> {
			if (vo instanceof String || vt instanceof String) {
				TextMerge.Result lines = TextMerge.merge(vb instanceof String s ? s : null, (String) vo, (String) vt);
				if (!lines.conflict() && isLong(vo, vt)) {
					r.eSet(attribute, lines.text());
					return;
				}
			}
			log.add(ConflictKind.CHANGED_BOTH, r, attribute, null, b == null ? "" : log.labels().value(b, attribute), //$NON-NLS-1$
					log.labels().value(o, attribute), log.labels().value(t, attribute));
		}
		}
	}

	/** Whether a text is long enough to be merged line by line: one side has several lines. */
	private static boolean isLong(Object ours, Object theirs) {
		return ours instanceof String o && o.indexOf('\n') >= 0 || theirs instanceof String t && t.indexOf('\n') >= 0;
	}

	private void attributeList(Identified r, EAttribute attribute, Identified b, Identified o, Identified t) {
		List<Object> vb = b == null ? List.of() : new ArrayList<>(Features.values(b, attribute));
		List<Object> vo = new ArrayList<>(Features.values(o, attribute));
		List<Object> vt = new ArrayList<>(Features.values(t, attribute));
		if (vo.equals(vt) || vt.equals(vb)) {
			return;
		}
		ListMerge.Result<Object> merged = new ListMerge<>().order(vb, vo, vt, ListMerge.members(vb, vo, vt));
		if (merged.orderConflict()) {
			log.add(ConflictKind.REORDERED_BOTH, r, attribute, null, b == null ? "" : log.labels().value(b, attribute), //$NON-NLS-1$
					log.labels().value(o, attribute), log.labels().value(t, attribute));
		}
		@SuppressWarnings("unchecked")
		EList<Object> values = (EList<Object>) r.eGet(attribute);
		ECollections.setEList(values, merged.keys());
	}

	private void references(Identified r, EReference reference, Identified b, Identified o, Identified t, boolean both) {
		List<String> kb = applies(b, reference) ? versions.base().keys(b, reference) : null;
		List<String> ko = o == null ? null : versions.ours().keys(o, reference);
		List<String> kt = t == null ? null : versions.theirs().keys(t, reference);
		List<String> merged;
		if (!both) {
			merged = ko != null ? ko : kt;
		} else if (reference.isMany()) {
			List<String> kbList = kb == null ? List.of() : kb;
			ListMerge.Result<String> order = new ListMerge<String>().order(kbList, ko, kt, ListMerge.members(kbList, ko, kt));
			if (order.orderConflict()) {
				log.add(ConflictKind.REORDERED_BOTH, r, reference, null, b == null ? "" : log.labels().value(b, reference), //$NON-NLS-1$
						log.labels().value(o, reference), log.labels().value(t, reference));
			}
			merged = order.keys();
		} else {
			merged = switch (ThreeWay.decide(kb == null ? Absent.VALUE : kb, ko, kt)) {
			case OURS -> ko;
			case THEIRS -> kt;
			case CONFLICT -> {
				log.add(ConflictKind.CHANGED_BOTH, r, reference, null, b == null ? "" : log.labels().value(b, reference), //$NON-NLS-1$
						log.labels().value(o, reference), log.labels().value(t, reference));
				yield ko;
			}
			};
		}
		write(r, reference, merged, o, t);
	}

	/** Sets the reference to the targets of {@code keys} in the result, leaving out (and reporting) those it lacks. */
	private void write(Identified r, EReference reference, List<String> keys, Identified o, Identified t) {
		List<EObject> targets = new ArrayList<>(keys.size());
		boolean dangling = false;
		for (String key : keys) {
			EObject target = Version.isExternal(key) ? null : versions.result().get(key);
			if (target == null && !Version.isExternal(key)) {
				dangling = true;
			} else {
				targets.add(target != null ? target : versions.result().target(key, reference));
			}
		}
		if (dangling) {
			log.add(ConflictKind.REFERENCE_TO_DELETED, r, reference, null, "", log.labels().value(o, reference), //$NON-NLS-1$
					log.labels().value(t, reference));
		}
		if (versions.result().keys(r, reference).equals(keysOf(targets))) {
			return;
		}
		if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			EList<EObject> values = (EList<EObject>) r.eGet(reference, false);
			ECollections.setEList(values, targets);
		} else {
			r.eSet(reference, targets.isEmpty() ? null : targets.get(0));
		}
	}

	private List<String> keysOf(List<EObject> targets) {
		List<String> keys = new ArrayList<>(targets.size());
		for (EObject target : targets) {
			keys.add(versions.result().key(target));
		}
		return keys;
	}

	/** Stands for the value of a feature in a version that lacks the element. */
	private enum Absent {
		VALUE
	}
}
