package org.tandem.ui.concept.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Every string of the concept editor exists in English, German and Chinese, with the same placeholders. */
class LocalizationTest {

	/** Words that German writes as English does. */
	private static final Set<String> SAME_IN_GERMAN = Set.of("bundle.vendor", "section_problem", "review_status", "measure_name",
			"review_change", "comment_header", "comment_reply", "glossary_translation", "glossary_term");
	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	private final Bundle bundle = FrameworkUtil.getBundle(ConceptEditorPart.class);

	@ParameterizedTest
	@ValueSource(strings = { "OSGI-INF/l10n/bundle", "org/tandem/ui/concept/internal/messages", "org/tandem/ui/concept/internal/text/messages" })
	void germanAndChineseTranslateEveryKey(String baseName) throws IOException {
		Properties en = load(baseName + ".properties");
		Properties de = load(baseName + "_de.properties");
		Properties zh = load(baseName + "_zh.properties");
		assertEquals(en.stringPropertyNames(), de.stringPropertyNames(), baseName + "_de");
		assertEquals(en.stringPropertyNames(), zh.stringPropertyNames(), baseName + "_zh");
		for (String key : en.stringPropertyNames()) {
			String english = en.getProperty(key);
			assertEquals(placeholders(english), placeholders(de.getProperty(key)), baseName + "_de: " + key);
			assertEquals(placeholders(english), placeholders(zh.getProperty(key)), baseName + "_zh: " + key);
			boolean symbolsOnly = english.replaceAll("\\{\\d+}", "").replaceAll("[\\p{Punct}\\s\\u2013\\u2192]", "").isEmpty();
			if (!key.equals("bundle.vendor") && !symbolsOnly) {
				assertTrue(CJK.matcher(zh.getProperty(key)).find(), baseName + "_zh: " + key + " is not Chinese");
			}
			if (!SAME_IN_GERMAN.contains(key)) {
				assertTrue(!english.equals(de.getProperty(key)), baseName + "_de: " + key + " is still English");
			}
		}
	}

	@Test
	void everyKeyThatTheFragmentUsesIsDefined() throws IOException {
		Properties en = load("OSGI-INF/l10n/bundle.properties");
		for (String file : new String[] { "fragment.e4xmi", "META-INF/MANIFEST.MF" }) {
			Matcher m = Pattern.compile("%([\\w.]+)").matcher(read(file));
			while (m.find()) {
				assertTrue(en.containsKey(m.group(1)), file + " uses %" + m.group(1) + ", which bundle.properties lacks");
			}
		}
	}

	private Properties load(String path) throws IOException {
		Properties properties = new Properties();
		URL url = bundle.getEntry(path);
		if (url == null) {
			url = bundle.getResource(path);
		}
		assertNotNull(url, path);
		try (InputStream in = url.openStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private String read(String path) throws IOException {
		URL url = bundle.getEntry(path);
		assertNotNull(url, path);
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}
}
