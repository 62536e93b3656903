package org.tandem.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.validation.ModelValidation;
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

	/** How many copies of a workspace the heap measurement loads. */
	private static final int HEAP_COPIES = 3;

	private final Stopwatch stopwatch;

	LoadBenchmark(Stopwatch stopwatch) {
		this.stopwatch = stopwatch;
	}

	/**
	 * Measures the workspace in {@code folder}: parse, loads and validation in processor time
	 * (thread and garbage collection), saves on the wall clock (they wait for the disk).
	 */
	Figures measure(Path folder) throws Exception {
		Stopwatch processor = stopwatch.on(Stopwatch.PROCESSOR);
		List<Path> files = ModelWorkspace.modelFiles(folder);
		// the baseline reads the files as Tandem does: whole, then parsed namespace-aware
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		ModelFiles modelFiles = new ModelFiles();
		// the parse and Tandem's load take turns, so that both see the same machine
		double[] saxAndLoad = processor.medianMillis(() -> {
			SAXParser parser = factory.newSAXParser();
			for (Path file : files) {
				parser.parse(new ByteArrayInputStream(Files.readAllBytes(file)), new DefaultHandler());
				parser.reset();
			}
		}, () -> ModelWorkspace.open(folder, modelFiles));
		double sax = saxAndLoad[0];
		double load = saxAndLoad[1];
		double stock = processor.medianMillis(() -> {
			ResourceSet resources = ModelWorkspace.newResourceSet();
			for (Path file : files) {
				Resource resource = new XMIResourceImpl(ModelFiles.uriOf(file));
				resources.getResources().add(resource);
				resource.load(new ByteArrayInputStream(Files.readAllBytes(file)), null);
			}
		});

		ModelWorkspace workspace = ModelWorkspace.open(folder, modelFiles);
		long elements = count(workspace.roots());
		double heapPerElement = heapPerElement(folder, modelFiles, elements);
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
			double validate = processor.medianMillis(() -> validation.validate(workspace.roots()));
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

	/**
	 * The heap that a loaded workspace retains, per element: several copies are loaded and kept, so
	 * that the difference in heap in use (each time after full collections until it settles) is
	 * large against what else changes on the heap.
	 */
	private static double heapPerElement(Path folder, ModelFiles modelFiles, long elements) throws IOException, InterruptedException {
		if (elements == 0) {
			return 0;
		}
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		List<ModelWorkspace> copies = new ArrayList<>(HEAP_COPIES);
		long before = usedAfterGc(memory);
		for (int i = 0; i < HEAP_COPIES; i++) {
			copies.add(ModelWorkspace.open(folder, modelFiles));
		}
		long after = usedAfterGc(memory);
		Reference.reachabilityFence(copies);
		return (double) (after - before) / (HEAP_COPIES * elements);
	}

	/** Heap in use after full collections, repeated until a collection frees no more than 1 %. */
	private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
		long used = Long.MAX_VALUE;
		for (int round = 0; round < 10; round++) {
			System.gc();
			Thread.sleep(50);
			long now = memory.getHeapMemoryUsage().getUsed();
			if (now > used - used / 100) {
				return Math.min(now, used);
			}
			used = now;
		}
		return used;
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
