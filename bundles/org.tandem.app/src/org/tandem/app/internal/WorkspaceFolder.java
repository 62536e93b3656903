package org.tandem.app.internal;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder of the Tandem workspace that this workbench window works on: the Equinox instance
 * location, which the launcher sets from {@code --workspace DIR}.
 */
public record WorkspaceFolder(Path path) {

	public WorkspaceFolder {
		Objects.requireNonNull(path, "path");
		path = path.toAbsolutePath().normalize();
	}

	/**
	 * Reads a folder from an instance-location URL. Equinox hands out {@code file:} URLs that are not
	 * escaped ({@code file:/home/li wei/工作区/}), so they are not parsed as URIs.
	 *
	 * @throws IllegalArgumentException when the URL is not a local folder
	 */
	public static WorkspaceFolder fromUrl(URL url) {
		if (url == null || !"file".equals(url.getProtocol())) {
			throw new IllegalArgumentException("The Tandem workspace must be a local folder, not " + url);
		}
		try {
			return new WorkspaceFolder(Path.of(url.toURI()));
		} catch (URISyntaxException | IllegalArgumentException notEscaped) {
			return new WorkspaceFolder(new File(url.getPath()).toPath());
		}
	}

	/** The name people see: the path with the home folder shortened to {@code ~}. */
	public String displayName() {
		Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
		if (path.startsWith(home) && !path.equals(home)) {
			return "~" + File.separator + home.relativize(path);
		}
		return path.toString();
	}
}
