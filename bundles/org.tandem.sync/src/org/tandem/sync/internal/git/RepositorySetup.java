package org.tandem.sync.internal.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;

/**
 * Makes a workspace's repository safe and portable: objects and refs written with fsync (by JGit
 * and by the git command line), line ends
 * LF on every OS, model files marked in {@code .gitattributes} so that Git never merges them as
 * text, and Tandem's own {@code .metadata} and the backups that saving keeps ({@code *.tandem.bak})
 * left out of the history; an older ignore file gets the lines it lacks.
 */
public final class RepositorySetup {

	/** The attributes that Tandem commits with every workspace. */
	static final String ATTRIBUTES = """
			# Tandem: line ends are LF on every OS; model files are merged on the model, never as text
			* text=auto eol=lf
			*.tandem text eol=lf merge=tandem
			"""; //$NON-NLS-1$

	static final String IGNORED = """
			# Tandem's local state (recovery copies, pending merge conflicts)
			/.metadata/
			# the previous version that each save keeps beside a model file
			*.tandem.bak
			"""; //$NON-NLS-1$

	/** Sets the repository's local configuration and writes the missing attribute and ignore files. */
	public void apply(Repository repository) throws IOException {
		StoredConfig config = repository.getConfig();
		config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, "fsyncObjectFiles", true); //$NON-NLS-1$
		config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, "fsyncRefFiles", true); //$NON-NLS-1$
		// the same for the git command line (which warns that fsyncObjectFiles, JGit's key, is deprecated)
		config.setString(ConfigConstants.CONFIG_CORE_SECTION, null, "fsync", "committed,index"); //$NON-NLS-1$ //$NON-NLS-2$
		config.setString(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOCRLF, "false"); //$NON-NLS-1$
		config.setString(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_EOL, "lf"); //$NON-NLS-1$
		config.save();
		Path folder = repository.getWorkTree().toPath();
		writeIfMissing(folder.resolve(".gitattributes"), ATTRIBUTES); //$NON-NLS-1$
		addMissingLines(folder.resolve(".gitignore"), IGNORED); //$NON-NLS-1$
	}

	private static void addMissingLines(Path file, String text) throws IOException {
		if (!Files.exists(file)) {
			Files.writeString(file, text, StandardCharsets.UTF_8);
			return;
		}
		java.util.List<String> present = Files.readAllLines(file, StandardCharsets.UTF_8);
		StringBuilder missing = new StringBuilder();
		for (String line : text.split("\n")) { //$NON-NLS-1$
			if (!line.startsWith("#") && !present.contains(line)) { //$NON-NLS-1$
				missing.append(line).append('\n');
			}
		}
		if (!missing.isEmpty()) {
			String old = Files.readString(file, StandardCharsets.UTF_8);
			Files.writeString(file, (old.isEmpty() || old.endsWith("\n") ? old : old + '\n') + missing, StandardCharsets.UTF_8); //$NON-NLS-1$
		}
	}

	private static void writeIfMissing(Path file, String text) throws IOException {
		if (!Files.exists(file)) {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
	}
}
