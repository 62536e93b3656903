package org.tandem.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPropertyKind;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * One run of EMF's generator over the bundles in a folder, outside Eclipse: {@code platform:/resource/<bundle>/}
 * is mapped onto {@code <folder>/<bundle>/}.
 */
final class Generation {

	static final String MODEL_BUNDLE = "org.tandem.model";
	static final String EDIT_BUNDLE = "org.tandem.model.edit";
	static final List<String> BUNDLES = List.of(MODEL_BUNDLE, EDIT_BUNDLE);
	private static final String GENMODEL = "model/tandem.genmodel";
	private static final String GENERATED_FOLDER = "src-gen";
	private static final String LOCALIZED_TEXT = "LocalizedText";

	/** The generated files in {@code src-gen/}, and the stale ones that were deleted. */
	record Result(Set<Path> outputs, List<Path> deleted) {
	}

	private final Path bundles;

	Generation(Path bundles) {
		this.bundles = bundles;
	}

	static Path genModelFile(Path bundles) {
		return bundles.resolve(MODEL_BUNDLE).resolve(GENMODEL);
	}

	/**
	 * Synchronizes the genmodel with the Ecore model, generates, and deletes generated files that the model no longer
	 * produces: those that a generation into a copy without {@code src-gen/} does not write.
	 */
	Result run() throws IOException {
		generate();
		Path fresh = Files.createTempDirectory("tandem-codegen-fresh-");
		try {
			Trees.copyBundles(bundles, fresh, Set.of(GENERATED_FOLDER));
			new Generation(fresh).generate();
			Set<Path> outputs = new HashSet<>();
			List<Path> deleted = new ArrayList<>();
			for (String bundle : BUNDLES) {
				for (Path file : Trees.files(bundles.resolve(bundle).resolve(GENERATED_FOLDER))) {
					if (Files.exists(fresh.resolve(bundles.relativize(file)))) {
						outputs.add(file);
					} else {
						Files.delete(file);
						deleted.add(file);
					}
				}
			}
			return new Result(outputs, deleted);
		} finally {
			Trees.delete(fresh);
		}
	}

	private void generate() throws IOException {
		ResourceSet resourceSet = resourceSet();
		Resource resource = resourceSet.getResource(URI.createPlatformResourceURI(MODEL_BUNDLE + "/" + GENMODEL, true), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		synchronizeWithEcore(genModel);
		saveIfChanged(resource, genModelFile(bundles));
		genModel.setCanGenerate(true);
		failOnError(genModel.diagnose(), "the genmodel is invalid");

		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.getOptions().resourceSet = resourceSet;
		generator.setInput(genModel);
		for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			failOnError(generator.generate(genModel, projectType, new BasicMonitor()), "generating " + projectType + " code failed");
		}
		generator.dispose();
	}

	/**
	 * Adds generator settings for classes and features that are new in the Ecore model and drops those of removed ones.
	 * A {@code LocalizedText} held by an element is edited with it, so it is not a child in trees but a read-only
	 * property that shows the text.
	 */
	private static void synchronizeWithEcore(GenModel genModel) {
		Set<GenFeature> known = new HashSet<>(genModel.getAllGenFeatures());
		genModel.reconcile();
		List<EPackage> ePackages = genModel.getGenPackages().stream().map(GenPackage::getEcorePackage).toList();
		genModel.initialize(ePackages);
		for (GenFeature feature : genModel.getAllGenFeatures()) {
			if (!known.contains(feature) && feature.getEcoreFeature() instanceof EReference reference && reference.isContainment()
					&& LOCALIZED_TEXT.equals(reference.getEReferenceType().getName())) {
				feature.setChildren(false);
				feature.setCreateChild(false);
				feature.setNotify(true);
				feature.setProperty(GenPropertyKind.READONLY_LITERAL);
			}
		}
	}

	private static void saveIfChanged(Resource resource, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, Map.of(Resource.OPTION_LINE_DELIMITER, "\n"));
		if (!Arrays.equals(bytes.toByteArray(), Files.readAllBytes(file))) {
			Files.write(file, bytes.toByteArray());
		}
	}

	private ResourceSet resourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
		for (String bundle : BUNDLES) {
			resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(bundle + "/", false),
					URI.createFileURI(bundles.resolve(bundle).toString() + "/"));
		}
		return resourceSet;
	}

	private static void failOnError(Diagnostic diagnostic, String what) {
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			StringBuilder message = new StringBuilder(what);
			append(message, diagnostic, "\n  ");
			throw new IllegalStateException(message.toString());
		}
	}

	private static void append(StringBuilder message, Diagnostic diagnostic, String indent) {
		if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
			message.append(indent).append(diagnostic.getMessage());
			if (diagnostic.getException() != null) {
				message.append(" (").append(diagnostic.getException()).append(')');
			}
			for (Diagnostic child : diagnostic.getChildren()) {
				append(message, child, indent + "  ");
			}
		}
	}
}
