package org.tandem.model.edit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.tandem.model.api.TandemPackage;

/**
 * The edit plug-in's strings (types, features, enum literals, commands) exist in German and Chinese for every key,
 * with the same placeholders, and every type, feature and literal of the model has its key.
 */
class PluginPropertiesTest {

	/** Values that are the same word in English and German (or only placeholders or the brand). */
	private static final Set<String> SAME_IN_GERMAN = Set.of("Tandem", "Name", "Region", "Phase", "Person", "Status", "Text",
			"Definition", "Original", "Workshop", "{0}", "{1}", "{1} {0}");
	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	private final Bundle editBundle = FrameworkUtil.getBundle(Labels.class);

	@ParameterizedTest(name = "plugin_{0}.properties")
	@ValueSource(strings = { "de", "zh" })
	void everyKeyIsTranslated(String language) throws IOException {
		Properties english = load("plugin.properties", StandardCharsets.ISO_8859_1);
		Properties translated = load("plugin_" + language + ".properties", StandardCharsets.UTF_8);
		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()), language);
		for (String key : english.stringPropertyNames()) {
			String original = english.getProperty(key);
			String translation = translated.getProperty(key);
			assertEquals(placeholders(original), placeholders(translation), language + ": " + key);
			if (language.equals("zh") && !SAME_IN_GERMAN.contains(original)) {
				assertTrue(HAN.matcher(translation).find(), "zh: " + key + " is not Chinese: " + translation);
			}
			if (language.equals("de") && !SAME_IN_GERMAN.contains(original)) {
				assertNotEquals(original, translation, "de: " + key + " is still English");
			}
		}
	}

	@Test
	void everyTypeFeatureAndLiteralHasAKey() throws IOException {
		Properties english = load("plugin.properties", StandardCharsets.ISO_8859_1);
		for (EClassifier classifier : TandemPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				assertNotNull(english.getProperty("_UI_" + eClass.getName() + "_type"), eClass.getName());
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					String key = "_UI_" + eClass.getName() + "_" + feature.getName() + "_feature";
					assertNotNull(english.getProperty(key), key);
				}
			} else if (classifier instanceof EEnum eEnum) {
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					String key = "_UI_" + eEnum.getName() + "_" + literal.getName() + "_literal";
					assertNotNull(english.getProperty(key), key);
				}
			}
		}
	}

	private static Set<String> placeholders(String text) {
		return PLACEHOLDER.matcher(text).results().map(MatchResult::group).collect(Collectors.toCollection(TreeSet::new));
	}

	private Properties load(String path, Charset charset) throws IOException {
		URL url = editBundle.getEntry(path);
		assertNotNull(url, path + " is not in " + editBundle.getSymbolicName());
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(new InputStreamReader(in, charset));
		}
		return properties;
	}
}
