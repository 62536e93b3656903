package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * In every Tandem bundle of the product, every file of English strings has a German and a Chinese
 * twin with the same keys and placeholders, the Chinese one in Chinese; and every {@code %key} that
 * a manifest, plugin.xml or e4 model (fragment) uses is defined. So no English is left showing in
 * {@code -nl zh}, whichever bundle a string comes from.
 */
class AllBundlesLocalizationTest {

	/** Values that stay as they are in Chinese: names and symbols. */
	private static final Pattern NO_WORDS = Pattern.compile("[^\\p{IsLatin}]*|Tandem|Gantt");
	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
	private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("bundle.vendor");

	@Test
	void everyEnglishFileHasAGermanAndAChineseTwin() throws IOException {
		List<String> checked = new ArrayList<>();
		for (Bundle bundle : tandemBundles()) {
			for (URL english : englishFiles(bundle)) {
				String path = english.getPath();
				String base = path.substring(0, path.length() - ".properties".length());
				Properties en = load(english);
				Properties de = load(bundle, base + "_de.properties");
				Properties zh = load(bundle, base + "_zh.properties");
				String name = bundle.getSymbolicName() + base;
				assertEquals(en.stringPropertyNames(), de.stringPropertyNames(), name + "_de has other keys");
				assertEquals(en.stringPropertyNames(), zh.stringPropertyNames(), name + "_zh has other keys");
				for (String key : en.stringPropertyNames()) {
					String value = en.getProperty(key);
					assertEquals(placeholders(value), placeholders(de.getProperty(key)), name + "_de: " + key);
					assertEquals(placeholders(value), placeholders(zh.getProperty(key)), name + "_zh: " + key);
					if (!SAME_IN_EVERY_LANGUAGE.contains(key) && !NO_WORDS.matcher(value.replaceAll("\\{\\d+}", "")).matches()) {
						assertTrue(CJK.matcher(zh.getProperty(key)).find(), name + "_zh: " + key + " = " + zh.getProperty(key) + " is not Chinese");
					}
				}
				checked.add(name);
			}
		}
		assertTrue(checked.size() >= 6, "found the strings of the Tandem bundles: " + checked);
	}

	@Test
	void everyKeyThatAManifestPluginXmlOrE4ModelUsesIsDefined() throws IOException {
		Pattern reference = Pattern.compile("\"%([\\w.]+)\"|: ?%([\\w.]+)");
		for (Bundle bundle : tandemBundles()) {
			URL strings = bundle.getEntry(localization(bundle) + ".properties");
			Properties en = strings == null ? new Properties() : load(strings);
			for (String file : new String[] { "Application.e4xmi", "fragment.e4xmi", "plugin.xml", "META-INF/MANIFEST.MF" }) {
				URL url = bundle.getEntry(file);
				if (url == null) {
					continue;
				}
				Matcher m = reference.matcher(read(url));
				while (m.find()) {
					String key = m.group(1) != null ? m.group(1) : m.group(2);
					assertTrue(en.containsKey(key), bundle.getSymbolicName() + "/" + file + " uses %" + key + ", which its bundle.properties lacks");
				}
			}
		}
	}

	private static List<Bundle> tandemBundles() {
		List<Bundle> bundles = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(WorkspaceFolder.class).getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName();
			if (name.startsWith("org.tandem.") && !name.endsWith(".tests") && !name.equals("org.tandem.testing")
					&& bundle.getHeaders("").get("Fragment-Host") == null) {
				bundles.add(bundle);
			}
		}
		assertFalse(bundles.isEmpty());
		return bundles;
	}

	/** The base name of the bundle's manifest strings (EMF's bundles use plugin.properties). */
	private static String localization(Bundle bundle) {
		String header = bundle.getHeaders("").get("Bundle-Localization");
		return header == null ? "OSGI-INF/l10n/bundle" : header;
	}

	/** The English string files: those of the manifest and every messages.properties. */
	private static List<URL> englishFiles(Bundle bundle) {
		List<URL> files = new ArrayList<>();
		String manifestStrings = localization(bundle);
		for (String pattern : new String[] { manifestStrings.substring(manifestStrings.lastIndexOf('/') + 1) + ".properties", "messages.properties" }) {
			var found = bundle.findEntries("/", pattern, true);
			if (found != null) {
				for (URL url : Collections.list(found)) {
					if (!url.getPath().contains("/bin/") && !url.getPath().contains("/target/")) {
						files.add(url);
					}
				}
			}
		}
		return files;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	private static Properties load(Bundle bundle, String path) throws IOException {
		URL url = bundle.getEntry(path);
		assertTrue(url != null, bundle.getSymbolicName() + " lacks " + path);
		return load(url);
	}

	private static Properties load(URL url) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static String read(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
