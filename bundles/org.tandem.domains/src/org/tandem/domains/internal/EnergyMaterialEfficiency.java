package org.tandem.domains.internal;

import org.osgi.service.component.annotations.Component;
import org.tandem.core.spi.TaskGroupDomain;
import org.tandem.core.spi.TemplateDomain;

/** The built-in domain of task groups on energy and material efficiency in industry. */
@Component(service = TaskGroupDomain.class)
public final class EnergyMaterialEfficiency extends TemplateDomain {

	public EnergyMaterialEfficiency() {
		super("energy-efficiency", "org.tandem.domains.internal.energy", "/icons/energy.png"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
