package org.tandem.sync.internal.merge;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.model.api.Identified;
import org.tandem.sync.api.merge.MergeResult;

/**
 * One run of the merge: copies ours into the result, decides which elements survive
 * ({@link Survivors}), brings in theirs ({@link Restorer}), places every element
 * ({@link Placement}) and merges each one's features ({@link FeatureMerge}).
 */
public final class Merger {

	private final Resource base;
	private final Resource ours;
	private final Resource theirs;
	private final Resource into;

	/** A merge of {@code ours} and {@code theirs} from {@code base} into the empty resource {@code into}. */
	public Merger(Resource base, Resource ours, Resource theirs, Resource into) {
		this.base = base;
		this.ours = ours;
		this.theirs = theirs;
		this.into = into;
	}

	/** Merges; ours and theirs hold one root with the same id, base the same or nothing. */
	public MergeResult run() {
		ComposedAdapterFactory adapters = ItemProviders.create();
		try {
			ConflictLog log = new ConflictLog(new Labels(adapters));
			Ids ids = new Ids();
			ClassFeatures features = new ClassFeatures();
			Version b = new Version(base, ids);
			Version o = new Version(ours, ids);
			Version t = new Version(theirs, ids);
			ModelCopy copier = new ModelCopy();
			Identified root = (Identified) copier.copy(o.root());
			copier.copyReferences();
			into.getContents().add(root);
			MergeVersions versions = new MergeVersions(b, o, t, o.copiedInto(into, copier));

			SideChanges oursChanged = new SideChanges(b, o, features);
			SideChanges theirsChanged = new SideChanges(b, t, features);
			Survivors survivors = new Survivors(versions, oursChanged.touchedOrHolding(), theirsChanged.touchedOrHolding(), features, log);
			restore(versions, survivors);
			new Placement(versions, features, log).place(survivors, oursChanged, theirsChanged);
			FeatureMerge merge = new FeatureMerge(versions, log);
			for (int i = 0; i < survivors.size(); i++) {
				int number = survivors.at(i);
				if (changed(number, versions, oursChanged, theirsChanged)) {
					merge.merge(number);
				}
			}
			return new MergeResult(root, log.conflicts());
		} finally {
			adapters.dispose();
		}
	}

	/**
	 * Whether the features of element {@code number} may differ between the versions: one that all
	 * three hold and neither side touched has the same values everywhere, ours in the result already,
	 * and its references point at elements that both sides hold.
	 */
	private static boolean changed(int number, MergeVersions versions, SideChanges oursChanged, SideChanges theirsChanged) {
		return oursChanged.touched(number) || theirsChanged.touched(number) || !versions.base().has(number)
				|| !versions.ours().has(number) || !versions.theirs().has(number);
	}

	/** Brings the survivors that only theirs holds into the result's index, and takes those that do not survive out of it. */
	private static void restore(MergeVersions versions, Survivors survivors) {
		for (int i = 0; i < survivors.size(); i++) {
			int number = survivors.at(i);
			if (!versions.result().has(number)) {
				versions.result().register(Restorer.copy(versions.theirs().get(number)));
			}
		}
		for (int i = 0; i < versions.ours().size(); i++) {
			int number = versions.ours().at(i);
			if (!survivors.contains(number)) {
				versions.result().unregister(number);
			}
		}
	}
}
