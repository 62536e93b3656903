package org.tandem.model.edit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Person;
import org.tandem.model.api.Region;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.edit.spi.TandemEditPlugin;
import org.tandem.model.edit.spi.TandemItemProviderAdapterFactory;

/** Item providers label elements in the user's language, falling back to the original. */
class LabelsTest {

	private final Locale before = Locale.getDefault();
	private final TandemItemProviderAdapterFactory factory = new TandemItemProviderAdapterFactory();

	@AfterEach
	void restore() {
		Locale.setDefault(before);
		factory.dispose();
	}

	@Test
	void aRegionShowsItsNameInTheUsersLanguageElseTheOriginal() {
		Region region = TandemFactory.eINSTANCE.createRegion();
		LocalizedText name = TandemFactory.eINSTANCE.createLocalizedText();
		region.setName(name);
		name.setText("zh", "乌鲁木齐—昌吉");
		name.setText("de", "Urumqi-Changji");
		Locale.setDefault(Locale.GERMAN);
		assertEquals("Urumqi-Changji", label(region));
		Locale.setDefault(Locale.CHINESE);
		assertEquals("乌鲁木齐—昌吉", label(region));
		Locale.setDefault(Locale.ENGLISH);
		assertEquals("乌鲁木齐—昌吉", label(region), "falls back to the original");
		assertEquals("乌鲁木齐—昌吉", label(name));
	}

	@Test
	void anUnnamedElementShowsItsType() {
		Region region = TandemFactory.eINSTANCE.createRegion();
		assertEquals(factoryString("_UI_Region_type"), label(region));
	}

	@Test
	void aPersonShowsBothScripts() {
		Person person = TandemFactory.eINSTANCE.createPerson();
		person.setNativeName("李伟");
		person.setLatinName("Li Wei");
		assertEquals("李伟 (Li Wei)", label(person));
		person.setNativeName("Anna Schmidt");
		person.setLatinName("Anna Schmidt");
		assertEquals("Anna Schmidt", label(person));
		assertEquals("x", Labels.person(" ", null, "x"));
	}

	private String label(Object object) {
		return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
	}

	private static String factoryString(String key) {
		return TandemEditPlugin.INSTANCE.getString(key);
	}
}
