package org.tandem.ui.sync.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What kind of remote an address names: an HTTPS (or HTTP) URL, a Git bundle file, or a folder. */
final class Remotes {

	private Remotes() {
	}

	/** Whether the remote is reached over HTTP(S) and needs a user and a password or token. */
	static boolean isHttp(String remote) {
		String lower = remote.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("https://") || lower.startsWith("http://"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether the remote is a Git bundle file (one that exists, or a name ending in .bundle). */
	static boolean isBundle(String remote) {
		if (isHttp(remote) || remote.contains("://")) { //$NON-NLS-1$
			return false;
		}
		Path path = Path.of(remote.strip());
		return Files.isRegularFile(path) || path.getFileName() != null && path.getFileName().toString().endsWith(".bundle"); //$NON-NLS-1$
	}
}
