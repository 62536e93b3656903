package org.tandem.core.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every validation message exists in German and Chinese with the same placeholders. */
class ValidationMessagesTest {

	@Test
	void germanAndChineseSayEveryMessage() throws IOException {
		Properties en = load("messages.properties");
		for (String language : new String[] { "de", "zh" }) {
			Properties translated = load("messages_" + language + ".properties");
			assertEquals(en.stringPropertyNames(), translated.stringPropertyNames(), language);
			for (String key : en.stringPropertyNames()) {
				assertEquals(placeholders(en.getProperty(key)), placeholders(translated.getProperty(key)), language + ": " + key);
				assertNotEquals(en.getProperty(key), translated.getProperty(key), language + ": " + key + " is not translated");
			}
		}
		assertTrue(Pattern.compile("\\p{IsHan}").matcher(load("messages_zh.properties").getProperty("dependencyCycle")).find());
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ModelValidation.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
