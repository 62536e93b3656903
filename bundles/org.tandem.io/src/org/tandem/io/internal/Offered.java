package org.tandem.io.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.tandem.core.spi.Contribution;
import org.tandem.core.spi.ContributionFailure;
import org.tandem.core.spi.Contributions;
import org.tandem.core.spi.Exporter;
import org.tandem.core.spi.Importer;

/**
 * An importer or exporter as menus and the command line offer it: its id, its name in the reader's
 * language and its file extensions, asked once through {@link Contributions#call}. One that throws
 * while asked is left out, and its failure goes to the caller's sink.
 *
 * @param <T> Importer or Exporter
 */
public record Offered<T extends Contribution>(T contribution, String id, String name, List<String> extensions) {

	public Offered {
		extensions = List.copyOf(extensions);
	}

	/** The importers that answer, ordered by name. */
	public static List<Offered<Importer>> importers(Collection<Importer> all, Locale locale, Consumer<ContributionFailure> failures) {
		return offer(all, importer -> importer.fileExtensions(), locale, failures);
	}

	/** The exporters that answer, ordered by name. */
	public static List<Offered<Exporter>> exporters(Collection<Exporter> all, Locale locale, Consumer<ContributionFailure> failures) {
		return offer(all, exporter -> List.of(exporter.fileExtension()), locale, failures);
	}

	/** The first extension, without the dot. */
	public String extension() {
		return extensions.isEmpty() ? "" : extensions.get(0); //$NON-NLS-1$
	}

	private interface Extensions<T> {
		List<String> of(T contribution);
	}

	private static <T extends Contribution> List<Offered<T>> offer(Collection<T> all, Extensions<T> extensions, Locale locale,
			Consumer<ContributionFailure> failures) {
		List<Offered<T>> offered = new ArrayList<>();
		for (T contribution : all) {
			Optional<Offered<T>> one = Contributions.call(contribution, "describe", //$NON-NLS-1$
					() -> new Offered<>(contribution, contribution.id(), contribution.name(locale), extensions.of(contribution)), failures);
			one.ifPresent(offered::add);
		}
		offered.sort(Comparator.comparing(Offered<T>::name, String.CASE_INSENSITIVE_ORDER));
		return offered;
	}
}
