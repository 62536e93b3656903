package org.tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public API of Tandem's bundles keeps its shape (issue "Extensions"): every package is named
 * {@code .api} or {@code .spi} (exported plainly, with a version) or {@code .internal} (exported, if
 * at all, as {@code x-internal:=true} or to named friends); every public type of an api or spi
 * package, and the package itself, has Javadoc with an {@code @since} tag.
 */
class ApiShapeTest {

	private static final Path BUNDLES = Path.of("../../bundles"); //$NON-NLS-1$

	@Test
	void tandemsBundlesKeepTheirApiShape() throws IOException {
		assertTrue(Files.isDirectory(BUNDLES.resolve("org.tandem.core")), BUNDLES.toAbsolutePath().toString()); //$NON-NLS-1$
		List<String> problems = problems(BUNDLES);
		assertEquals(List.of(), problems, String.join("\n", problems)); //$NON-NLS-1$
	}

	@Test
	void aBundleThatBreaksTheRulesIsNamedWithEachProblem(@TempDir Path bundles) throws IOException {
		Path bundle = bundles.resolve("org.example.bad"); //$NON-NLS-1$
		write(bundle.resolve("META-INF/MANIFEST.MF"), """
				Manifest-Version: 1.0
				Bundle-SymbolicName: org.example.bad
				Export-Package: org.example.bad.api,
				 org.example.bad.util,
				 org.example.bad.internal
				""");
		write(bundle.resolve("src/org/example/bad/api/Open.java"), """
				package org.example.bad.api;
				/** Documented, but without a version. */
				public class Open {}
				""");
		write(bundle.resolve("src/org/example/bad/api/Bare.java"), "package org.example.bad.api;\npublic interface Bare {}\n"); //$NON-NLS-1$
		write(bundle.resolve("src/org/example/bad/util/Helper.java"), "package org.example.bad.util;\nclass Helper {}\n"); //$NON-NLS-1$
		write(bundle.resolve("src/org/example/bad/internal/Hidden.java"), "package org.example.bad.internal;\npublic class Hidden {}\n"); //$NON-NLS-1$

		assertEquals(List.of( //
				"org.example.bad: export org.example.bad.api has no version", //$NON-NLS-1$
				"org.example.bad: export org.example.bad.util is neither api, spi nor internal", //$NON-NLS-1$
				"org.example.bad: export org.example.bad.internal is not x-internal:=true nor x-friends", //$NON-NLS-1$
				"org.example.bad: package org.example.bad.api has no package-info.java with @since", //$NON-NLS-1$
				"org.example.bad: public type org.example.bad.api.Bare has no Javadoc with @since", //$NON-NLS-1$
				"org.example.bad: public type org.example.bad.api.Open has no Javadoc with @since", //$NON-NLS-1$
				"org.example.bad: package org.example.bad.util is neither api, spi nor internal"), //$NON-NLS-1$
				problems(bundles));
	}

	private static List<String> problems(Path bundles) throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> all = Files.list(bundles)) {
			for (Path bundle : all.filter(b -> Files.isRegularFile(b.resolve("META-INF/MANIFEST.MF"))).sorted().toList()) { //$NON-NLS-1$
				String name = bundle.getFileName().toString();
				for (String export : exports(bundle.resolve("META-INF/MANIFEST.MF"))) { //$NON-NLS-1$
					String problem = exportProblem(export);
					if (problem != null) {
						problems.add(name + ": export " + problem); //$NON-NLS-1$
					}
				}
				for (Path folder : packageFolders(bundle)) {
					packageProblems(bundle, folder, problems);
				}
			}
		}
		return problems;
	}

	private static String exportProblem(String export) {
		String[] parts = export.split(";"); //$NON-NLS-1$
		String name = parts[0].trim();
		List<String> segments = List.of(name.split("\\.")); //$NON-NLS-1$
		if (segments.contains("api") || segments.contains("spi")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (export.contains("x-internal") || export.contains("x-friends")) { //$NON-NLS-1$ //$NON-NLS-2$
				return name + " is public API but exported as internal"; //$NON-NLS-1$
			}
			return export.contains("version=") ? null : name + " has no version"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!segments.contains("internal")) { //$NON-NLS-1$
			return name + " is neither api, spi nor internal"; //$NON-NLS-1$
		}
		return export.contains("x-internal:=true") || export.contains("x-friends:=") ? null //$NON-NLS-1$ //$NON-NLS-2$
				: name + " is not x-internal:=true nor x-friends"; //$NON-NLS-1$
	}

	private static void packageProblems(Path bundle, Path folder, List<String> problems) throws IOException {
		String name = bundle.getFileName().toString();
		String pkg = packageName(bundle, folder);
		List<String> segments = List.of(pkg.split("\\.")); //$NON-NLS-1$
		boolean published = segments.contains("api") || segments.contains("spi"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!published) {
			if (!segments.contains("internal")) { //$NON-NLS-1$
				problems.add(name + ": package " + pkg + " is neither api, spi nor internal"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return;
		}
		if (!hasPackageInfo(bundle, pkg)) {
			problems.add(name + ": package " + pkg + " has no package-info.java with @since"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) { //$NON-NLS-1$
				String type = file.getFileName().toString().replace(".java", ""); //$NON-NLS-1$ //$NON-NLS-2$
				if (!type.equals("package-info") && !documentedWhereverPublic(Files.readString(file), type)) { //$NON-NLS-1$
					problems.add(name + ": public type " + pkg + "." + type + " has no Javadoc with @since"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
		}
	}

	/** True when the type is not public, or its Javadoc carries an {@code @since} tag. */
	private static boolean documentedWhereverPublic(String source, String type) {
		Matcher declaration = Pattern.compile("^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*(?:class|interface|enum|record|@interface)\\s+" //$NON-NLS-1$
				+ Pattern.quote(type) + "\\b", Pattern.MULTILINE).matcher(source); //$NON-NLS-1$
		if (!declaration.find()) {
			return true;
		}
		String before = source.substring(0, declaration.start());
		int end = before.lastIndexOf("*/"); //$NON-NLS-1$
		int start = before.lastIndexOf("/**"); //$NON-NLS-1$
		if (end < 0 || start < 0 || start > end || !before.substring(end + 2).replaceAll("@\\w+(\\([^)]*\\))?", "").isBlank()) { //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		return before.substring(start, end).contains("@since"); //$NON-NLS-1$
	}

	private static boolean hasPackageInfo(Path bundle, String pkg) throws IOException {
		for (Path root : sourceRoots(bundle)) {
			Path info = root.resolve(pkg.replace('.', '/')).resolve("package-info.java"); //$NON-NLS-1$
			if (Files.isRegularFile(info) && Files.readString(info).contains("@since")) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	private static List<Path> packageFolders(Path bundle) throws IOException {
		List<Path> folders = new ArrayList<>();
		for (Path root : sourceRoots(bundle)) {
			try (Stream<Path> all = Files.walk(root)) {
				all.filter(Files::isDirectory).filter(ApiShapeTest::holdsJava).sorted().forEach(folders::add);
			}
		}
		return folders;
	}

	private static boolean holdsJava(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new IllegalStateException(folder.toString(), e);
		}
	}

	private static String packageName(Path bundle, Path folder) {
		for (Path root : sourceRoots(bundle)) {
			if (folder.startsWith(root)) {
				return root.relativize(folder).toString().replace('/', '.');
			}
		}
		throw new IllegalArgumentException(folder.toString());
	}

	private static List<Path> sourceRoots(Path bundle) {
		return Stream.of("src", "src-gen").map(bundle::resolve).filter(Files::isDirectory).toList(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<String> exports(Path manifestFile) throws IOException {
		try (InputStream in = Files.newInputStream(manifestFile)) {
			String header = new Manifest(in).getMainAttributes().getValue("Export-Package"); //$NON-NLS-1$
			// commas inside quoted attribute values (x-friends:="a,b") do not separate packages
			return header == null ? List.of() : List.of(header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")); //$NON-NLS-1$
		}
	}

	private static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}
}
