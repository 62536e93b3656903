package org.tandem.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.core.api.persistence.AtomicFile;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.spi.Exporter;
import org.tandem.io.internal.Offered;

/**
 * {@code export DIR --format xmi|json [--out FILE]}: the whole workspace as one document; and
 * {@code export DIR --format FORMAT --scope ID [--lang de|zh|en] --out FILE}: an element with a
 * registered exporter, named by its id or file extension (csv, xlsx, ics, MS Project xml).
 */
final class ExportCommand extends WorkspaceCommand {

	private final Plugins plugins;

	ExportCommand(Plugins plugins) {
		super("export", "DIR --format xmi|json|FORMAT [--scope ID] [--lang de|zh|en] [--out FILE]", //$NON-NLS-1$ //$NON-NLS-2$
				"write the workspace DIR as one XMI or JSON document (to standard output without --out), or the element ID with a registered exporter (csv, xlsx, ics, xml for MS Project)", //$NON-NLS-1$
				Set.of("format", "out", "scope", "lang")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		this.plugins = plugins;
	}

	@Override
	int run(ModelWorkspace workspace, Arguments arguments, Console console) throws IOException {
		List<Offered<Exporter>> exporters = Offered.exporters(plugins.all(Exporter.class), Locale.ENGLISH, failure -> Plugins.report(console, failure));
		Set<String> formats = new TreeSet<>(Set.of("xmi", "json")); //$NON-NLS-1$ //$NON-NLS-2$
		exporters.forEach(exporter -> {
			formats.add(exporter.id());
			formats.add(exporter.extension());
		});
		String format = arguments.choice("format", "xmi", formats); //$NON-NLS-1$ //$NON-NLS-2$
		if (!format.equals("xmi") && !format.equals("json")) { //$NON-NLS-1$ //$NON-NLS-2$
			Offered<Exporter> exporter = exporters.stream().filter(e -> e.id().equals(format)).findFirst()
					.orElseGet(() -> exporters.stream().filter(e -> e.extension().equals(format)).findFirst().orElseThrow());
			return new PluginExport(exporter, arguments).run(workspace, console);
		}
		byte[] document = format.equals("json") ? json(workspace) : xmi(workspace); //$NON-NLS-1$
		String out = arguments.option("out", null); //$NON-NLS-1$
		if (out == null) {
			console.out().write(document);
			console.out().flush();
		} else {
			Path file = Path.of(out).toAbsolutePath();
			new AtomicFile(file).write(document);
			console.err().printf("wrote %s (%d bytes)%n", file, document.length); //$NON-NLS-1$
		}
		return ExitCode.OK;
	}

	/** All roots, copied together so that references between files stay references, in one XMI. */
	private static byte[] xmi(ModelWorkspace workspace) throws IOException {
		List<EObject> roots = workspace.roots();
		roots.forEach(EcoreUtil::resolveAll);
		Collection<EObject> copies = EcoreUtil.copyAll(roots);
		XMLResource export = ModelFiles.newResource(ModelWorkspace.newResourceSet(), Path.of("export.xmi")); //$NON-NLS-1$
		export.setURI(URI.createURI("export.xmi")); //$NON-NLS-1$
		export.getContents().addAll(copies);
		return ModelFiles.serialize(export);
	}

	private static byte[] json(ModelWorkspace workspace) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			JsonWriter json = new JsonWriter(out);
			out.write("{\n  \"workspace\": "); //$NON-NLS-1$
			json.string(workspace.folder().toString());
			out.write(",\n  \"files\": ["); //$NON-NLS-1$
			List<XMLResource> models = workspace.models();
			for (int i = 0; i < models.size(); i++) {
				XMLResource model = models.get(i);
				out.write(i == 0 ? "\n    {\n      \"file\": " : ",\n    {\n      \"file\": "); //$NON-NLS-1$ //$NON-NLS-2$
				json.string(workspace.folder().relativize(workspace.fileOf(model).orElseThrow()).toString().replace('\\', '/'));
				out.write(",\n      \"contents\": ["); //$NON-NLS-1$
				for (int j = 0; j < model.getContents().size(); j++) {
					out.write(j == 0 ? "\n" : ",\n"); //$NON-NLS-1$ //$NON-NLS-2$
					json.pad(4);
					json.element(model.getContents().get(j), 4);
				}
				out.write("\n      ]\n    }"); //$NON-NLS-1$
			}
			out.write(models.isEmpty() ? "]\n}\n" : "\n  ]\n}\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return bytes.toByteArray();
	}
}
