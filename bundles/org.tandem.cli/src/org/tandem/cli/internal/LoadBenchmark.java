package org.tandem.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.tandem.core.persistence.ModelFiles;
import org.tandem.core.validation.ModelValidation;
import org.tandem.core.workspace.ModelWorkspace;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Measures one workspace folder: Tandem's load against a plain SAX parse and against stock EMF
 * XMI loading of the same files, Tandem's atomic, forced save against a plain EMF save, validation,
 * and the heap that the loaded model takes per element. All figures of one line come from the same
 * run, so their ratios hold on a busy machine too.
 */
final class LoadBenchmark {

	record Figures(int files, long elements, double saxMillis, double stockLoadMillis, double loadMillis,
			double plainSaveMillis, double saveMillis, double validateMillis, double heapBytesPerElement) {

		double loadRatio() {
			return loadMillis / saxMillis;
		}

		double stockLoadRatio() {
			return stockLoadMillis / saxMillis;
		}

		double saveRatio() {
			return saveMillis / plainSaveMillis;
		}
	}

	private final Stopwatch stopwatch;

	LoadBenchmark(Stopwatch stopwatch) {
		this.stopwatch = stopwatch;
	}

	Figures measure(Path folder) throws Exception {
		List<Path> files = ModelWorkspace.modelFiles(folder);
		SAXParserFactory factory = SAXParserFactory.newInstance();
		double sax = stopwatch.medianMillis(() -> {
			SAXParser parser = factory.newSAXParser();
			for (Path file : files) {
				try (InputStream in = Files.newInputStream(file)) {
					parser.parse(in, new DefaultHandler());
				}
				parser.reset();
			}
		});
		double stock = stopwatch.medianMillis(() -> {
			ResourceSet resources = ModelWorkspace.newResourceSet();
			for (Path file : files) {
				Resource resource = new XMIResourceImpl(ModelFiles.uriOf(file));
				resources.getResources().add(resource);
				try (InputStream in = Files.newInputStream(file)) {
					resource.load(in, null);
				}
			}
		});
		ModelFiles modelFiles = new ModelFiles();
		double load = stopwatch.medianMillis(() -> ModelWorkspace.open(folder, modelFiles));

		ModelWorkspace workspace = ModelWorkspace.open(folder, modelFiles);
		double heapPerElement = heapPerElement(folder, modelFiles);
		long elements = count(workspace.roots());
		Path out = Files.createTempDirectory("tandem-benchmark-save"); //$NON-NLS-1$
		try {
			double plainSave = stopwatch.medianMillis(() -> {
				for (XMLResource model : workspace.models()) {
					try (OutputStream stream = Files.newOutputStream(out.resolve(model.getURI().lastSegment()))) {
						model.save(stream, null);
					}
				}
			});
			double save = stopwatch.medianMillis(() -> {
				for (XMLResource model : workspace.models()) {
					modelFiles.save(model, out.resolve(model.getURI().lastSegment()));
				}
			});
			ModelValidation validation = new ModelValidation();
			double validate = stopwatch.medianMillis(() -> validation.validate(workspace.roots()));
			return new Figures(files.size(), elements, sax, stock, load, plainSave, save, validate, heapPerElement);
		} finally {
			try (var left = Files.list(out)) {
				for (Path file : left.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(out);
		}
	}

	/** Heap in use with the workspace loaded minus heap in use without it, per element, after full collections. */
	private static double heapPerElement(Path folder, ModelFiles modelFiles) throws IOException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long before = usedAfterGc(memory);
		ModelWorkspace workspace = ModelWorkspace.open(folder, modelFiles);
		long after = usedAfterGc(memory);
		long elements = count(workspace.roots());
		return workspace.roots().isEmpty() ? 0 : (double) (after - before) / elements;
	}

	private static long usedAfterGc(MemoryMXBean memory) {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	static long count(List<EObject> roots) {
		long count = 0;
		for (EObject root : roots) {
			count++;
			for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext(); all.next()) {
				count++;
			}
		}
		return count;
	}
}
