package org.tandem.sync.api.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.Identified;

/**
 * Three versions of one model file for a merge test: base, ours and theirs, each read from its own
 * file with Tandem's loader into its own resource set, so that a test edits ours and theirs apart.
 * {@link #merge()} merges them, saves the result with Tandem's saver (which fails on a dangling
 * reference) and reads it back.
 */
final class Versions {

	/** A merge's result and the merged file as read back. */
	record Merged(MergeResult result, XMLResource reloaded) {

		List<Conflict> conflicts() {
			return result.conflicts();
		}

		@SuppressWarnings("unchecked")
		<T extends EObject> T get(String id) {
			return (T) reloaded.getEObject(id);
		}
	}

	/** One side of the merge, for edits that a test makes on both. */
	record Side(XMLResource resource) {
		@SuppressWarnings("unchecked")
		<T extends EObject> T get(String id) {
			return (T) resource.getEObject(id);
		}
	}

	private final Path folder;
	private final ModelFiles files = new ModelFiles();
	final XMLResource base;
	final XMLResource ours;
	final XMLResource theirs;

	/** The three versions of {@code root}, saved into {@code folder}. */
	static Versions of(Path folder, Identified root) throws Exception {
		XMLResource resource = ModelFiles.newResource(ModelWorkspace.newResourceSet(), folder.resolve("original.tandem"));
		resource.getContents().add(root);
		Path file = folder.resolve("original.tandem");
		new ModelFiles().save(resource, file);
		return of(file);
	}

	/** The three versions of the model file {@code file}, kept beside it (so that references to other files resolve alike). */
	static Versions of(Path file) throws Exception {
		return new Versions(file.getParent(), Files.readAllBytes(file));
	}

	private Versions(Path folder, byte[] content) throws Exception {
		this.folder = folder;
		base = load("base.tandem", content);
		ours = load("ours.tandem", content);
		theirs = load("theirs.tandem", content);
	}

	private XMLResource load(String name, byte[] content) throws Exception {
		Path file = folder.resolve(name);
		Files.write(file, content);
		return files.load(ModelWorkspace.newResourceSet(), file);
	}

	@SuppressWarnings("unchecked")
	<T extends EObject> T ours(String id) {
		return (T) ours.getEObject(id);
	}

	@SuppressWarnings("unchecked")
	<T extends EObject> T theirs(String id) {
		return (T) theirs.getEObject(id);
	}

	List<Side> sides() {
		return List.of(new Side(ours), new Side(theirs));
	}

	Merged merge() throws Exception {
		return merge(ours, theirs, "merged.tandem");
	}

	/** The merge with the sides swapped: theirs as ours. */
	Merged mergeSwapped() throws Exception {
		return merge(theirs, ours, "merged-swapped.tandem");
	}

	private Merged merge(XMLResource one, XMLResource other, String name) throws Exception {
		Path file = folder.resolve(name);
		XMLResource into = ModelFiles.newResource(ModelWorkspace.newResourceSet(), file);
		MergeResult result = new ModelMerge().merge(base, one, other, into);
		assertEquals(into.getContents().get(0), result.root());
		files.save(into, file);
		XMLResource reloaded = files.load(ModelWorkspace.newResourceSet(), file);
		assertNoDanglingReference(reloaded);
		return new Merged(result, reloaded);
	}

	/** Every reference of the file goes to an element of it or to another file. */
	private static void assertNoDanglingReference(XMLResource resource) {
		List<String> dangling = new ArrayList<>();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer()) {
					continue;
				}
				Object value = element.eGet(reference, false);
				for (Object target : reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value)) {
					EObject t = (EObject) target;
					if (!t.eIsProxy() && t.eResource() != resource) {
						dangling.add(element + "." + reference.getName());
					}
				}
			}
		}
		assertTrue(dangling.isEmpty(), "dangling references: " + dangling);
	}
}
