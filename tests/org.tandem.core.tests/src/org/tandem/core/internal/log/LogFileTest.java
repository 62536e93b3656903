package org.tandem.core.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.spi.ContributionFailure;

class LogFileTest {

	@Test
	void aPluginFailureIsWrittenOnceWithItsNameAndStackTraceAndEveryOneIsHandedOn(@TempDir Path folder) throws IOException {
		List<ContributionFailure> shown = new ArrayList<>();
		FailureLog failures = new FailureLog(shown::add);
		LogFile log = LogFile.open(folder.resolve("logs"));
		try {
			ContributionFailure failure = new ContributionFailure("org.example.broken", "broken-domain", "name", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					new IllegalStateException("没有名字 / kein Name")); //$NON-NLS-1$
			failures.accept(failure);
			failures.accept(failure);
			failures.accept(new ContributionFailure("org.example.broken", "broken-domain", "icon", new LinkageError("gone"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		} finally {
			log.close();
		}

		assertEquals(3, shown.size(), "every failure reaches the person"); //$NON-NLS-1$
		assertEquals(folder.resolve("logs/tandem-0.log"), log.file()); //$NON-NLS-1$
		String text = Files.readString(log.file(), StandardCharsets.UTF_8);
		assertEquals(1, count(text, "Plug-in org.example.broken failed in name of broken-domain"), text); //$NON-NLS-1$
		assertEquals(1, count(text, "Plug-in org.example.broken failed in icon of broken-domain"), text); //$NON-NLS-1$
		assertTrue(text.contains("WARNING org.tandem.plugins"), text); //$NON-NLS-1$
		assertTrue(text.contains("java.lang.IllegalStateException: 没有名字 / kein Name"), text); //$NON-NLS-1$
		assertTrue(text.contains("\tat "), "with the stack trace: " + text); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void afterCloseNothingMoreIsWritten(@TempDir Path folder) throws IOException {
		LogFile log = LogFile.open(folder);
		log.close();
		long size = Files.size(log.file());
		System.getLogger("org.tandem.test").log(System.Logger.Level.WARNING, "after close"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(size, Files.size(log.file()));
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}
}
