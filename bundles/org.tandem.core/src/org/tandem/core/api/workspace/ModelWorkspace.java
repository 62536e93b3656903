package org.tandem.core.api.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.core.api.persistence.AtomicFile;
import org.tandem.core.api.persistence.ModelFileException;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.persistence.ModelResourceFactory;
import org.tandem.core.api.progress.Progress;

/**
 * A Tandem workspace: a folder whose {@code *.tandem} files (one per partnership and per plan) are
 * loaded into one resource set, so that references between them resolve. Folders whose names start
 * with a dot ({@code .git}, {@code .metadata}) are not part of it. A file that cannot be read is
 * reported in {@link #problems()} and left alone; the other files load.
 *
 * @since 0.1
 */
public final class ModelWorkspace {

	private static final System.Logger LOG = System.getLogger(ModelWorkspace.class.getName());

	private final Path folder;
	private final ModelFiles files;
	private final ResourceSet resources;
	private final List<ModelFileException> problems;

	private ModelWorkspace(Path folder, ModelFiles files, ResourceSet resources, List<ModelFileException> problems) {
		this.folder = folder;
		this.files = files;
		this.resources = resources;
		this.problems = problems;
	}

	/** An empty resource set that makes Tandem's resources for {@code *.tandem} URIs. */
	public static ResourceSet newResourceSet() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(ModelResourceFactory.EXTENSION,
				new ModelResourceFactory());
		return resources;
	}

	/** Loads every model file of {@code folder}; the folder must exist. */
	public static ModelWorkspace open(Path folder, ModelFiles files) throws IOException {
		return open(folder, files, Progress.NONE);
	}

	/**
	 * Loads every model file of {@code folder}, one step of {@code progress} per file; stops with a
	 * {@link java.util.concurrent.CancellationException} when {@code progress} is cancelled.
	 */
	public static ModelWorkspace open(Path folder, ModelFiles files, Progress progress) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new IOException(root + " is not a folder"); //$NON-NLS-1$
		}
		ResourceSet resources = newResourceSet();
		List<ModelFileException> problems = new ArrayList<>();
		List<Path> found = modelFiles(root);
		progress.begin(root.toString(), found.size());
		for (Path file : found) {
			progress.checkCancelled();
			progress.step(root.relativize(file).toString());
			try {
				files.load(resources, file).getWarnings().forEach(warning -> LOG.log(System.Logger.Level.WARNING, warning.getMessage()));
			} catch (ModelFileException e) {
				problems.add(e);
			}
		}
		return new ModelWorkspace(root, files, resources, Collections.unmodifiableList(problems));
	}

	/** The model files below {@code folder}, in a stable order. */
	public static List<Path> modelFiles(Path folder) throws IOException {
		List<Path> found = new ArrayList<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				return !dir.equals(folder) && dir.getFileName().toString().startsWith(".") //$NON-NLS-1$
						? FileVisitResult.SKIP_SUBTREE
						: FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				if (attrs.isRegularFile() && file.getFileName().toString().endsWith("." + ModelResourceFactory.EXTENSION)) { //$NON-NLS-1$
					found.add(file);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		Collections.sort(found);
		return found;
	}

	public Path folder() {
		return folder;
	}

	public ResourceSet resources() {
		return resources;
	}

	/** The files that could not be read, each with what is wrong. */
	public List<ModelFileException> problems() {
		return problems;
	}

	/** The loaded model files. */
	public List<XMLResource> models() {
		List<XMLResource> models = new ArrayList<>();
		for (Resource resource : resources.getResources()) {
			if (resource instanceof XMLResource xml && resource.isLoaded()) {
				models.add(xml);
			}
		}
		return models;
	}

	/** The root elements of all loaded model files. */
	public List<EObject> roots() {
		List<EObject> roots = new ArrayList<>();
		for (XMLResource model : models()) {
			roots.addAll(model.getContents());
		}
		return roots;
	}

	/** The file of a model of this workspace. */
	public Optional<Path> fileOf(Resource resource) {
		URI uri = resource.getURI();
		return uri != null && uri.isFile() ? Optional.of(Path.of(uri.toFileString())) : Optional.empty();
	}

	/** Adds a new model file with {@code root}, at {@code relativePath} inside the workspace, and saves it. */
	public XMLResource create(String relativePath, EObject root) throws IOException {
		Path file = folder.resolve(relativePath).normalize();
		if (!file.startsWith(folder)) {
			throw new IOException(relativePath + " is outside the workspace " + folder); //$NON-NLS-1$
		}
		if (Files.exists(file)) {
			throw new IOException(file + " exists already"); //$NON-NLS-1$
		}
		XMLResource resource = ModelFiles.newResource(resources, file);
		resource.getContents().add(root);
		try {
			save(resource);
		} catch (IOException e) {
			resource.getContents().clear();
			resources.getResources().remove(resource);
			throw e;
		}
		return resource;
	}

	/**
	 * Takes a model file out of the workspace: the file becomes its backup {@code NAME.bak} (the
	 * previous one is replaced; no workspace loads backups), its recovery copy goes, and its model
	 * leaves the resource set. Returns the backup.
	 */
	public Path delete(XMLResource model) throws IOException {
		Path file = fileOf(model).filter(f -> f.startsWith(folder) && resources.getResources().contains(model))
				.orElseThrow(() -> new IOException(model.getURI() + " is not a file of " + folder)); //$NON-NLS-1$
		Path backup = new AtomicFile(file).backup();
		if (Files.exists(file)) {
			Files.move(file, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		new RecoveryArea(folder).discard(file);
		model.unload();
		resources.getResources().remove(model);
		return backup;
	}

	/** Saves one model file atomically. */
	public void save(XMLResource model) throws IOException {
		Path file = fileOf(model).orElseThrow(() -> new IOException(model.getURI() + " is not a file of " + folder)); //$NON-NLS-1$
		files.save(model, file);
		model.setModified(false);
	}

	/** Saves every model file; stops at the first that fails, which the exception names. */
	public void saveAll() throws IOException {
		for (XMLResource model : models()) {
			save(model);
		}
	}
}
