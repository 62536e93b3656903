package org.tandem.sync.api.merge;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.tandem.model.api.Identified;
import org.tandem.sync.internal.merge.Merger;
import org.tandem.sync.internal.merge.UnknownContent;

/**
 * The three-way merge of two versions of a model file (ours and theirs) that grew from a common
 * base, on element ids: attributes, references, ordered lists, adds, deletes and moves; each
 * language of a text on its own, long texts line by line. What only one side changed goes in; what
 * both changed alike goes in once; what they changed differently is a {@link Conflict}: the result
 * keeps our value (an element that one side deleted and the other changed is kept) and the
 * conflict names both values. The result always holds every element that it references, and what
 * the versions hold of plug-ins that are not installed.
 *
 * @since 0.1
 */
public final class ModelMerge {

	/**
	 * Merges {@code ours} and {@code theirs}, versions of {@code base} (which is empty when the file
	 * is new on both sides), into the empty resource {@code into}; the three are left as they are.
	 *
	 * @throws MergeException when ours and theirs are not versions of the same model
	 */
	public MergeResult merge(Resource base, Resource ours, Resource theirs, Resource into) throws MergeException {
		check(ours, theirs);
		if (!base.getContents().isEmpty()) {
			check(base, ours);
		}
		MergeResult result = new Merger(base, ours, theirs, into).run();
		UnknownContent.carry(base, ours, theirs, into);
		return result;
	}

	/** Fails unless both resources hold one root, with the same id. */
	private static void check(Resource one, Resource other) throws MergeException {
		String first = rootId(one);
		String second = rootId(other);
		if (first == null || !first.equals(second)) {
			throw new MergeException(NLS.bind(Messages.differentModels, name(one), name(other)));
		}
	}

	private static String rootId(Resource resource) {
		return resource.getContents().size() == 1 && resource.getContents().get(0) instanceof Identified root ? root.getId() : null;
	}

	private static String name(Resource resource) {
		return resource.getURI() == null ? "?" : resource.getURI().lastSegment(); //$NON-NLS-1$
	}
}
