package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class WorkspaceFolderTest {

	@Test
	void readsTheUnescapedUrlsThatEquinoxHandsOut() throws Exception {
		@SuppressWarnings("deprecation")
		URL url = new URL("file:/tmp/li wei/工作区/");
		assertEquals(Path.of("/tmp/li wei/工作区"), WorkspaceFolder.fromUrl(url).path());
	}

	@Test
	void readsEscapedUrls() throws Exception {
		URL url = URI.create("file:/tmp/Rhein-Neckar%20Urumqi/").toURL();
		assertEquals(Path.of("/tmp/Rhein-Neckar Urumqi"), WorkspaceFolder.fromUrl(url).path());
	}

	@Test
	void refusesWhatIsNotALocalFolder() throws Exception {
		URL remote = URI.create("https://example.org/workspace/").toURL();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkspaceFolder.fromUrl(remote));
		assertTrue(e.getMessage().contains("https://example.org/workspace/"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> WorkspaceFolder.fromUrl(null));
	}

	@Test
	void normalizesThePath() {
		assertEquals(Path.of("/tmp/ws"), new WorkspaceFolder(Path.of("/tmp/a/../ws/.")).path());
	}

	@Test
	void showsFoldersUnderTheHomeFolderWithATilde() {
		Path home = Path.of(System.getProperty("user.home"));
		assertEquals("~" + File.separator + ".tandem" + File.separator + "workspace",
				new WorkspaceFolder(home.resolve(".tandem/workspace")).displayName());
		assertEquals(Path.of("/srv/tandem").toString(), new WorkspaceFolder(Path.of("/srv/tandem")).displayName());
	}
}
