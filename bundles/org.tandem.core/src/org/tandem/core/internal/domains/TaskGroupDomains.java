package org.tandem.core.internal.domains;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tandem.core.internal.log.FailureLog;
import org.tandem.core.spi.ContributionFailure;
import org.tandem.core.spi.Contributions;
import org.tandem.core.spi.TaskGroupDomain;

/**
 * The task-group domains that plug-ins register (the built-in ones among them), as {@link Domain}s
 * whose calls are guarded. A domain that throws is logged with its plug-in's name and handed to
 * the failure listeners (the workbench shows a message), once for each plug-in, domain and call;
 * the others keep working.
 *
 * @since 0.1
 */
@Component(service = TaskGroupDomains.class)
public final class TaskGroupDomains {

	private final Map<TaskGroupDomain, Domain> domains = new LinkedHashMap<>();
	private final List<ContributionFailure> failures = new CopyOnWriteArrayList<>();
	private final List<Consumer<ContributionFailure>> listeners = new CopyOnWriteArrayList<>();
	private final FailureLog log = new FailureLog(this::tellListeners);

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void add(TaskGroupDomain contribution) {
		Optional<String> id = Contributions.call(contribution, "id", contribution::id, this::failed) //$NON-NLS-1$
				.filter(candidate -> !candidate.isBlank());
		if (id.isEmpty()) {
			return;
		}
		Optional<Domain> twin = find(id.get());
		if (twin.isPresent()) {
			failed(new ContributionFailure(Contributions.plugin(contribution), id.get(), "registration", //$NON-NLS-1$
					new IllegalStateException("the id is taken by a domain of " + twin.get().plugin()))); //$NON-NLS-1$
			return;
		}
		synchronized (domains) {
			domains.put(contribution, new Domain(contribution, id.get(), this::failed));
		}
	}

	void remove(TaskGroupDomain contribution) {
		synchronized (domains) {
			domains.remove(contribution);
		}
	}

	/** The registered domains, by id. */
	public List<Domain> all() {
		List<Domain> all;
		synchronized (domains) {
			all = new ArrayList<>(domains.values());
		}
		all.sort(Comparator.comparing(Domain::id));
		return all;
	}

	/** The domain with {@code id}, if one is registered. */
	public Optional<Domain> find(String id) {
		return all().stream().filter(domain -> domain.id().equals(id)).findFirst();
	}

	/** What failed so far, oldest first. */
	public List<ContributionFailure> failures() {
		return List.copyOf(failures);
	}

	/** Tells {@code listener} of each failure from now on. */
	public void addFailureListener(Consumer<ContributionFailure> listener) {
		listeners.add(listener);
	}

	public void removeFailureListener(Consumer<ContributionFailure> listener) {
		listeners.remove(listener);
	}

	private void failed(ContributionFailure failure) {
		if (failures.stream().anyMatch(known -> known.plugin().equals(failure.plugin()) && known.contribution().equals(failure.contribution())
				&& known.task().equals(failure.task()))) {
			return; // reported once: a label asked on every paint would flood the log
		}
		failures.add(failure);
		log.accept(failure);
	}

	private void tellListeners(ContributionFailure failure) {
		listeners.forEach(listener -> listener.accept(failure));
	}
}
