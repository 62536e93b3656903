package org.tandem.sync.internal.merge;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
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
	private final ConflictLog log;
	private final Set<String> ids = new LinkedHashSet<>();

	Survivors(Version base, Version ours, Version theirs, SideChanges oursChanged, SideChanges theirsChanged, ConflictLog log) {
		this.base = base;
		this.log = log;
		walk(ours.root(), theirs, oursChanged.touchedOrHolding(), false, ConflictKind.CHANGED_HERE_DELETED_THERE);
		walk(theirs.root(), ours, theirsChanged.touchedOrHolding(), false, ConflictKind.DELETED_HERE_CHANGED_THERE);
	}

	/** The ids of the elements that the merged model holds, ours first, each in the order of its side's model. */
	Set<String> ids() {
		return ids;
	}

	boolean contains(String id) {
		return ids.contains(id);
	}

	/**
	 * Visits {@code element} of one side and what it holds; {@code other} is the other side,
	 * {@code touched} the ids that this side touched or that hold a touched element, {@code kept}
	 * whether a container was kept against the other side's delete.
	 */
	private void walk(Identified element, Version other, Set<String> touched, boolean kept, ConflictKind kind) {
		String id = element.getId();
		boolean keptHere = false;
		if (other.has(id)) {
			ids.add(id);
		} else if (!base.has(id) || kept) {
			ids.add(id);
			keptHere = kept;
		} else if (touched.contains(id)) {
			ids.add(id);
			keptHere = true;
			log.add(kind, element, null, null, "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (EReference holder : Features.elementHolders(element.eClass())) {
			for (Object child : Features.values(element, holder)) {
				if (child instanceof Identified held) {
					walk(held, other, touched, keptHere, kind);
				}
			}
		}
	}
}
