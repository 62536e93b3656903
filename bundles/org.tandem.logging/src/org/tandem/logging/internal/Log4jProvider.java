package org.tandem.logging.internal;

import java.util.Map;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers Log4j API's simple logger (errors only, to the standard error) as the Log4j provider.
 * In OSGi, Log4j API's activator holds every logger lookup until a provider service appears; without
 * one, Apache POI (MS Project .mpp import) would wait forever.
 */
public final class Log4jProvider implements BundleActivator {

	private ServiceRegistration<Provider> registration;

	@Override
	public void start(BundleContext context) {
		registration = context.registerService(Provider.class, new Provider(Integer.valueOf(1), "2.6.0", SimpleLoggerContextFactory.class), //$NON-NLS-1$
				FrameworkUtil.asDictionary(Map.of("APIVersion", "2.6.0"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void stop(BundleContext context) {
		registration.unregister();
	}
}
