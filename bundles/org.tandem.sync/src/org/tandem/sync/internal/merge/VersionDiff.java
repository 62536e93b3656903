package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tandem.model.api.Identified;
import org.tandem.sync.api.history.ModelChange.Kind;
import org.tandem.sync.api.history.ModelChange;

/**
 * What changed between two versions of a model file, element by element on their ids (the same
 * comparison as the merge's {@link SideChanges}, spelled out): elements added or deleted (the
 * outermost one only, not each that it holds), moved to another holder, and each attribute,
 * reference and language of a text that has another value.
 */
public final class VersionDiff {

	private final Labels labels;

	public VersionDiff(AdapterFactory adapters) {
		this.labels = new Labels(adapters, true);
	}

	/** The changes from {@code before} to {@code after}; either may be empty (a file added or deleted). */
	public List<ModelChange> compare(Resource before, Resource after) {
		Ids ids = new Ids();
		Version older = new Version(before, ids);
		Version newer = new Version(after, ids);
		List<ModelChange> changes = new ArrayList<>();
		for (int i = 0; i < newer.size(); i++) {
			int id = newer.at(i);
			Identified now = newer.get(id);
			Identified then = older.get(id);
			if (then == null || then.eClass() != now.eClass()) {
				if (!(now.eContainer() instanceof Identified holder) || older.has(holder.getId())) {
					changes.add(change(Kind.ADDED, now, "", "", "", "", place(now))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				}
				continue;
			}
			if (!Objects.equals(older.location(id), newer.location(id))) {
				changes.add(change(Kind.MOVED, now, "", "", "", place(then), place(now))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			for (EStructuralFeature feature : now.eClass().getEAllStructuralFeatures()) {
				if (Features.merged(feature) && !Features.holdsElements(feature)) {
					compare(older, newer, then, now, feature, changes);
				}
			}
		}
		for (int i = 0; i < older.size(); i++) {
			int id = older.at(i);
			Identified then = older.get(id);
			if (!newer.has(id) && (!(then.eContainer() instanceof Identified holder) || newer.has(holder.getId()))) {
				changes.add(change(Kind.DELETED, then, "", "", "", place(then), "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
		return changes;
	}

	private void compare(Version older, Version newer, Identified then, Identified now, EStructuralFeature feature, List<ModelChange> changes) {
		if (Features.isText(feature)) {
			Map<String, TextEntry> was = TextEntry.of(Features.text(then, feature));
			Map<String, TextEntry> is = TextEntry.of(Features.text(now, feature));
			Set<String> languages = new LinkedHashSet<>(was.keySet());
			languages.addAll(is.keySet());
			for (String language : languages) {
				TextEntry a = was.get(language);
				TextEntry b = is.get(language);
				String textA = a == null || a.text() == null ? "" : a.text(); //$NON-NLS-1$
				String textB = b == null || b.text() == null ? "" : b.text(); //$NON-NLS-1$
				if (!textA.equals(textB)) {
					changes.add(change(Kind.TEXT, now, feature, language, textA, textB));
				} else if (a != null && b != null && a.state() != b.state()) {
					changes.add(change(Kind.TEXT_STATE, now, feature, language, labels.state(a.state()), labels.state(b.state())));
				}
			}
			return;
		}
		boolean same;
		if (feature instanceof EReference reference && !reference.isContainment()) {
			same = older.keys(then, reference).equals(newer.keys(now, reference));
		} else if (feature instanceof EReference) {
			same = new EcoreUtil.EqualityHelper().equals(castAll(then, feature), castAll(now, feature));
		} else {
			same = Features.values(then, feature).equals(Features.values(now, feature));
		}
		if (!same) {
			changes.add(change(Kind.CHANGED, now, feature, "", labels.value(then, feature), labels.value(now, feature))); //$NON-NLS-1$
		}
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> castAll(EObject element, EStructuralFeature feature) {
		return new ArrayList<>((List<EObject>) Features.values(element, feature));
	}

	private ModelChange change(Kind kind, Identified element, EStructuralFeature feature, String language, String before, String after) {
		return change(kind, element, feature.getName(), labels.feature(feature), language, before, after);
	}

	private ModelChange change(Kind kind, Identified element, String featureName, String feature, String language, String before, String after) {
		List<String> holders = new ArrayList<>();
		for (EObject holder = element.eContainer(); holder instanceof Identified held; holder = holder.eContainer()) {
			holders.add(held.getId());
		}
		return new ModelChange(kind, element.getId(), holders, labels.type(element), labels.of(element), featureName, feature, language, before,
				after);
	}

	/** Where an element is held, as people see it: its holder's label, or the file's name for a root. */
	private String place(Identified element) {
		EObject holder = element.eContainer();
		if (holder == null) {
			return element.eResource() == null ? "" : element.eResource().getURI().lastSegment(); //$NON-NLS-1$
		}
		return labels.of(holder);
	}
}
