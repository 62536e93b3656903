package org.tandem.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one command: positional ones and {@code --name value} options, checked against
 * the options the command knows.
 */
final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> options = new HashMap<>();

	Arguments(List<String> args, Set<String> knownOptions) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--")) { //$NON-NLS-1$
				String name = arg.substring(2);
				String value = null;
				int equals = name.indexOf('=');
				if (equals >= 0) {
					value = name.substring(equals + 1);
					name = name.substring(0, equals);
				}
				if (!knownOptions.contains(name)) {
					throw new UsageException("unknown option --" + name); //$NON-NLS-1$
				}
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException("--" + name + " needs a value"); //$NON-NLS-1$ //$NON-NLS-2$
					}
					value = args.get(++i);
				}
				options.put(name, value);
			} else {
				positional.add(arg);
			}
		}
	}

	/** The single positional argument: a folder that must exist. */
	Path folder() {
		Path folder = onePath();
		if (!Files.isDirectory(folder)) {
			throw new UsageException(folder + " is not a folder"); //$NON-NLS-1$
		}
		return folder;
	}

	/** The single positional argument: a folder, made if it does not exist yet. */
	Path newFolder() throws java.io.IOException {
		Path folder = onePath();
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new UsageException(folder + " is a file, not a folder"); //$NON-NLS-1$
		}
		return Files.createDirectories(folder);
	}

	/** The single positional argument: a folder without model files, made if it does not exist yet. */
	Path emptyWorkspace() throws java.io.IOException {
		Path folder = newFolder();
		if (!org.tandem.core.api.workspace.ModelWorkspace.modelFiles(folder).isEmpty()) {
			throw new UsageException(folder + " holds model files already; give a new or empty folder"); //$NON-NLS-1$
		}
		return folder;
	}

	private Path onePath() {
		if (positional.size() != 1) {
			throw new UsageException("expected one folder, got " + (positional.isEmpty() ? "none" : String.join(" ", positional))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return Path.of(positional.get(0)).toAbsolutePath().normalize();
	}

	/** The positional arguments, in order. */
	List<String> positional() {
		return positional;
	}

	String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	/** A whole-number option within {@code [min, max]}. */
	int intOption(String name, int fallback, int min, int max) {
		String value = options.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.replace("_", "")); //$NON-NLS-1$ //$NON-NLS-2$
			if (number < min || number > max) {
				throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			return number;
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + " needs a whole number, not " + value); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** An option that must be given. */
	String required(String name) {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException("--" + name + " is missing"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return value;
	}

	/** A day option written YYYY-MM-DD; today when it is not given. */
	java.time.LocalDate day(String name) {
		String value = options.get(name);
		try {
			return value == null ? java.time.LocalDate.now() : java.time.LocalDate.parse(value);
		} catch (java.time.format.DateTimeParseException e) {
			throw new UsageException("--" + name + " needs a day written YYYY-MM-DD, not " + value); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** An option whose value must be one of {@code choices}. */
	String choice(String name, String fallback, Set<String> choices) {
		String value = option(name, fallback);
		if (!choices.contains(value)) {
			throw new UsageException("--" + name + " must be one of " + String.join(", ", new java.util.TreeSet<>(choices)) + ", not " + value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return value;
	}
}
