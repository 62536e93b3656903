package org.tandem.domains.internal;

import org.osgi.service.component.annotations.Component;
import org.tandem.core.spi.TaskGroupDomain;
import org.tandem.core.spi.TemplateDomain;

/** The built-in domain of task groups on the efficient management of water resources. */
@Component(service = TaskGroupDomain.class)
public final class WaterResources extends TemplateDomain {

	public WaterResources() {
		super("water-resources", "org.tandem.domains.internal.water", "/icons/water.png"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
