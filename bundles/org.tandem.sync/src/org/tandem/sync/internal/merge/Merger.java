package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
			Version b = new Version(base);
			Version o = new Version(ours);
			Version t = new Version(theirs);
			EcoreUtil.Copier copier = new EcoreUtil.Copier(false, true);
			Identified root = (Identified) copier.copy(o.root());
			copier.copyReferences();
			into.getContents().add(root);
			Version r = new Version(into);

			Survivors survivors = new Survivors(b, o, t, new SideChanges(b, o), new SideChanges(b, t), log);
			for (String id : survivors.ids()) {
				if (!r.has(id)) {
					r.register(Restorer.copy(t.get(id)));
				}
			}
			for (String id : new ArrayList<>(r.ids())) {
				if (!survivors.contains(id)) {
					r.unregister(id);
				}
			}
			Set<String> placed = survivors.ids();
			MergeVersions versions = new MergeVersions(b, o, t, r);
			new Placement(versions, log).place(placed);
			FeatureMerge features = new FeatureMerge(versions, log);
			for (String id : placed) {
				features.merge(id);
			}
			return new MergeResult(root, log.conflicts());
		} finally {
			adapters.dispose();
		}
	}
}
