package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.tandem.model.api.Identified;
import org.tandem.sync.api.merge.ConflictKind;

/**
 * Where each element of the merged model is held, and in which order: an element that only one side
 * moved goes where that side put it; one that both moved to different places stays where ours put
 * it (a conflict). Then every list of held elements is rebuilt in the result, in the order that
 * {@link ListMerge} gives; what no list holds any more is gone from the result.
 */
final class Placement {

	private final MergeVersions versions;
	private final ConflictLog log;
	private final Map<Location, Set<String>> held = new HashMap<>();

	Placement(MergeVersions versions, ConflictLog log) {
		this.versions = versions;
		this.log = log;
	}

	/** Places every element of {@code survivors} (the root first); the result holds each of them already. */
	void place(Set<String> survivors) {
		for (String id : survivors) {
			Location location = location(id);
			if (location.containerId() != null) {
				held.computeIfAbsent(location, any -> new LinkedHashSet<>()).add(id);
			}
		}
		for (String id : survivors) {
			Identified container = versions.result().get(id);
			for (EReference holder : Features.elementHolders(container.eClass())) {
				Set<String> members = held.getOrDefault(new Location(id, holder.getName()), Set.of());
				if (!members.isEmpty() || !Features.values(container, holder).isEmpty()) {
					fill(container, holder, members);
				}
			}
		}
	}

	/** The merged location of an element. */
	private Location location(String id) {
		Location o = versions.ours().location(id);
		Location t = versions.theirs().location(id);
		if (o == null || t == null) {
			return o != null ? o : t;
		}
		Location b = versions.base().location(id);
		return switch (ThreeWay.decide(b, o, t)) {
		case OURS -> o;
		case THEIRS -> t;
		case CONFLICT -> {
			log.add(ConflictKind.MOVED_BOTH, versions.result().get(id), null, null, describe(b), describe(o), describe(t));
			yield o;
		}
		};
	}

	private String describe(Location location) {
		if (location == null || location.containerId() == null) {
			return ""; //$NON-NLS-1$
		}
		Identified container = versions.result().get(location.containerId());
		if (container == null) {
			container = Objects.requireNonNullElse(versions.ours().get(location.containerId()), versions.theirs().get(location.containerId()));
		}
		EReference feature = (EReference) container.eClass().getEStructuralFeature(location.feature());
		return log.labels().of(container) + " (" + log.labels().feature(feature) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Sets the elements that {@code holder} of {@code container} holds to {@code members}, in merged order. */
	private void fill(Identified container, EReference holder, Set<String> members) {
		String id = container.getId();
		List<String> b = versions.base().children(id, holder);
		List<String> o = versions.ours().children(id, holder);
		List<String> t = versions.theirs().children(id, holder);
		ListMerge.Result<String> order = new ListMerge<String>().order(b, o, t, members);
		if (order.orderConflict()) {
			log.add(ConflictKind.REORDERED_BOTH, container, holder, null, "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		List<EObject> elements = new ArrayList<>(order.keys().size());
		for (String child : order.keys()) {
			elements.add(versions.result().get(child));
		}
		if (holder.isMany()) {
			@SuppressWarnings("unchecked")
			EList<EObject> list = (EList<EObject>) container.eGet(holder);
			if (!list.equals(elements)) {
				ECollections.setEList(list, elements);
			}
		} else {
			container.eSet(holder, elements.isEmpty() ? null : elements.get(0));
		}
	}
}
