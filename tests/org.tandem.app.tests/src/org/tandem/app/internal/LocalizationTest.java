package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every string a person sees exists in English, German and Chinese, with the same placeholders, and
 * every {@code %key} that the model files use is defined.
 */
class LocalizationTest {

	private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("bundle.vendor");
	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
	private static final Pattern KEY_REFERENCE = Pattern.compile("\"%([\\w.]+)\"");

	private final Bundle bundle = FrameworkUtil.getBundle(WorkspaceFolder.class);

	@ParameterizedTest
	@ValueSource(strings = { "OSGI-INF/l10n/bundle", "org/tandem/app/internal/messages" })
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
			if (!SAME_IN_EVERY_LANGUAGE.contains(key)) {
				assertTrue(CJK.matcher(zh.getProperty(key)).find(), baseName + "_zh: " + key + " is not Chinese");
				assertTrue(!english.equals(de.getProperty(key)), baseName + "_de: " + key + " is still English");
			}
		}
	}

	@Test
	void everyKeyThatTheModelFilesUseIsDefined() throws IOException {
		Properties en = load("OSGI-INF/l10n/bundle.properties");
		for (String file : new String[] { "Application.e4xmi", "plugin.xml", "META-INF/MANIFEST.MF" }) {
			Matcher m = Pattern.compile("%([\\w.]+)").matcher(read(file));
			while (m.find()) {
				assertTrue(en.containsKey(m.group(1)), file + " uses %" + m.group(1) + ", which bundle.properties lacks");
			}
		}
		assertTrue(KEY_REFERENCE.matcher(read("Application.e4xmi")).find(), "the model has translated labels");
	}

	@Test
	void everyMessageFieldIsLoaded() throws IllegalAccessException {
		Properties en;
		try {
			en = load("org/tandem/app/internal/messages.properties");
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		Set<String> fields = new TreeSet<>();
		for (Field field : Messages.class.getDeclaredFields()) {
			if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
				fields.add(field.getName());
				String value = (String) field.get(null);
				assertNotNull(value, field.getName());
				assertTrue(!value.startsWith("NLS missing message"), value);
			}
		}
		assertEquals(new TreeSet<>(en.stringPropertyNames()), fields);
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	private Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = open(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private String read(String path) throws IOException {
		try (InputStream in = open(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private InputStream open(String path) throws IOException {
		URL url = bundle.getEntry(path);
		if (url == null) {
			url = bundle.getResource(path);
		}
		if (url == null) {
			fail(path + " is not in bundle " + bundle.getSymbolicName());
		}
		return url.openStream();
	}
}
