package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
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
 * it (a conflict). Then every list of held elements that a side changed is rebuilt in the result,
 * in the order that {@link ListMerge} gives; what no list holds any more is gone from the result.
 * A list that base, ours and theirs hold alike is the result's already.
 */
final class Placement {

	private final MergeVersions versions;
	private final ClassFeatures features;
	private final ConflictLog log;
	/** The elements that both sides hold and that go where theirs put them. */
	private final BitSet placedByTheirs = new BitSet();

	Placement(MergeVersions versions, ClassFeatures features, ConflictLog log) {
		this.versions = versions;
		this.features = features;
		this.log = log;
	}

	/**
	 * Places every element of {@code survivors} (the root first); the result holds each of them
	 * already. {@code oursChanged} and {@code theirsChanged} say which lists of children changed.
	 */
	void place(Survivors survivors, SideChanges oursChanged, SideChanges theirsChanged) {
		for (int i = 0; i < survivors.size(); i++) {
			int number = survivors.at(i);
			if (oursChanged.touched(number) || theirsChanged.touched(number)) {
				decide(number);
			}
		}
		for (int i = 0; i < survivors.size(); i++) {
			int number = survivors.at(i);
			if (oursChanged.reshaped(number) || theirsChanged.reshaped(number)) {
				Identified container = versions.result().get(number);
				for (EReference holder : features.holders(container.eClass())) {
					List<Integer> o = versions.ours().children(number, holder);
					List<Integer> t = versions.theirs().children(number, holder);
					Set<Integer> members = members(o, t, survivors);
					if (!members.isEmpty() || !Features.values(container, holder).isEmpty()) {
						fill(container, holder, versions.base().children(number, holder), o, t, members);
					}
				}
			}
		}
	}

	/** Decides where an element that a side touched goes (a conflict when both moved it apart). */
	private void decide(int number) {
		Version ours = versions.ours();
		Version theirs = versions.theirs();
		Version base = versions.base();
		if (!ours.has(number) || !theirs.has(number) || ours.sameLocation(number, theirs)
				|| base.has(number) && theirs.sameLocation(number, base)) {
			return;
		}
		if (base.has(number) && ours.sameLocation(number, base)) {
			placedByTheirs.set(number);
			return;
		}
		Location b = base.location(number);
		log.add(ConflictKind.MOVED_BOTH, versions.result().get(number), null, null, describe(b), describe(ours.location(number)),
				describe(theirs.location(number)));
	}

	/** The version whose place of element {@code number} the result takes. */
	private Version placedBy(int number) {
		return !versions.ours().has(number) || placedByTheirs.get(number) ? versions.theirs() : versions.ours();
	}

	/** The elements that go into a list that ours holds as {@code o} and theirs as {@code t}: those that survive and that the side holding them there places. */
	private Set<Integer> members(List<Integer> o, List<Integer> t, Survivors survivors) {
		Set<Integer> members = new HashSet<>();
		for (int child : o) {
			if (survivors.contains(child) && placedBy(child) == versions.ours()) {
				members.add(child);
			}
		}
		for (int child : t) {
			if (survivors.contains(child) && placedBy(child) == versions.theirs()) {
				members.add(child);
			}
		}
		return members;
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

	/**
	 * Sets the elements that {@code holder} of {@code container} holds to {@code members}, in the
	 * order that merges those of base, ours and theirs ({@code b}, {@code o}, {@code t}).
	 */
	private void fill(Identified container, EReference holder, List<Integer> b, List<Integer> o, List<Integer> t, Set<Integer> members) {
		ListMerge.Result<Integer> order = new ListMerge<Integer>().order(b, o, t, members);
		if (order.orderConflict()) {
			log.add(ConflictKind.REORDERED_BOTH, container, holder, null, "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		List<EObject> elements = new ArrayList<>(order.keys().size());
		for (int child : order.keys()) {
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
