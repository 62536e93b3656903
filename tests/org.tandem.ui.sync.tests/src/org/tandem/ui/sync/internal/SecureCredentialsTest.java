package org.tandem.ui.sync.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.equinox.internal.security.storage.SecurePreferencesMapper;
import org.eclipse.equinox.security.storage.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.ui.sync.internal.credentials.Credentials;
import org.tandem.ui.sync.internal.credentials.SecureCredentials;

/** Credentials in Equinox secure storage, encrypted with Tandem's own master password provider. */
class SecureCredentialsTest {

	private static final String REMOTE = "https://git.example.org/rhein-neckar/urumqi.git";
	private static final String TOKEN = "glpat-Wasser-2027-Urumqi";

	@TempDir
	Path folder;

	@Test
	void storedCredentialsComeBackAndThePasswordIsInNoFile() throws Exception {
		Path file = folder.resolve("secure_storage");
		AtomicInteger asked = new AtomicInteger();
		SecureCredentials store = new SecureCredentials(file.toUri().toURL(), create -> {
			asked.incrementAndGet();
			assertTrue(create, "a new store asks for a new master password");
			return "Master-Pass-2026".toCharArray();
		});
		assertTrue(store.load(REMOTE).isEmpty());
		store.store(REMOTE, new Credentials("li.wei", TOKEN.toCharArray()));
		Credentials back = store.load(REMOTE).orElseThrow();
		assertEquals("li.wei", back.user());
		assertArrayEquals(TOKEN.toCharArray(), back.password());
		assertEquals(1, asked.get(), "the master password is asked once per session");
		assertTrue(Files.size(file) > 0);
		try (var files = Files.walk(folder)) {
			for (Path each : files.filter(Files::isRegularFile).toList()) {
				String text = new String(Files.readAllBytes(each), StandardCharsets.ISO_8859_1);
				assertFalse(text.contains(TOKEN), each + " holds the password in plain text");
			}
		}
	}

	@Test
	void aWrongMasterPasswordIsRefusedAndNothingIsStored() throws Exception {
		Path file = folder.resolve("secure_storage");
		new SecureCredentials(file.toUri().toURL(), create -> "Master-Pass-2026".toCharArray()).store(REMOTE,
				new Credentials("li.wei", TOKEN.toCharArray()));
		SecurePreferencesMapper.clearPasswordCache(); // as in a new session
		byte[] before = Files.readAllBytes(file);
		SecureCredentials wrong = new SecureCredentials(file.toUri().toURL(), create -> "Wrong-Pass-2026".toCharArray());
		StorageException refused = assertThrows(StorageException.class, () -> wrong.load(REMOTE));
		assertEquals(StorageException.NO_PASSWORD, refused.getErrorCode());
		String other = "https://git.example.org/ruhr/jing-jin-ji.git";
		assertThrows(StorageException.class, () -> wrong.store(other, new Credentials("anna", "t0ken".toCharArray())));
		assertArrayEquals(before, Files.readAllBytes(file), "nothing was written");
		SecurePreferencesMapper.clearPasswordCache();
		SecureCredentials right = new SecureCredentials(file.toUri().toURL(), create -> "Master-Pass-2026".toCharArray());
		assertTrue(right.load(other).isEmpty());
		assertEquals("li.wei", right.load(REMOTE).orElseThrow().user());
	}
}
