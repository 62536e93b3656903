package org.tandem.sync.api.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The merge's messages and the bundle's name exist in English, German and Chinese, with the same placeholders. */
class MessagesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	@ParameterizedTest
	@ValueSource(strings = { "org/tandem/sync/api/merge/messages", "org/tandem/sync/api/history/messages", "OSGI-INF/l10n/bundle" })
	void germanAndChineseTranslateEveryKey(String baseName) throws IOException {
		Properties en = load(baseName + ".properties");
		Properties de = load(baseName + "_de.properties");
		Properties zh = load(baseName + "_zh.properties");
		assertEquals(en.stringPropertyNames(), de.stringPropertyNames());
		assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
		for (String key : en.stringPropertyNames()) {
			assertEquals(placeholders(en.getProperty(key)), placeholders(de.getProperty(key)), key);
			assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)), key);
			if (!key.equals("bundle.vendor")) {
				assertNotEquals(en.getProperty(key), de.getProperty(key), key + " is still English in German");
				assertTrue(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), key);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "changedBoth", "movedBoth", "differentModels" })
	void everyFieldIsLoaded(String field) throws ReflectiveOperationException {
		String value = (String) Messages.class.getField(field).get(null);
		assertNotNull(value);
		assertTrue(!value.startsWith("NLS missing message"), value);
	}

	private static Set<String> placeholders(String text) {
		return PLACEHOLDER.matcher(text).results().map(MatchResult::group).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(path)) {
			assertNotNull(in, path);
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
