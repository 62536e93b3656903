/**
 */
package org.tandem.model.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Region Kind</b></em>',
 * and utility methods for working with them.
 * @since 0.1
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of a partner region.
 * <!-- end-model-doc -->
 * @see org.tandem.model.api.TandemPackage#getRegionKind()
 * @model
 * @generated
 */
public enum RegionKind implements Enumerator {
	/**
	 * The '<em><b>INDUSTRIAL REGION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRIAL_REGION_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRIAL_REGION(0, "INDUSTRIAL_REGION", "INDUSTRIAL_REGION"),

	/**
	 * The '<em><b>METROPOLITAN AREA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METROPOLITAN_AREA_VALUE
	 * @generated
	 * @ordered
	 */
	METROPOLITAN_AREA(1, "METROPOLITAN_AREA", "METROPOLITAN_AREA"),

	/**
	 * The '<em><b>RESOURCE BASED CITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCE_BASED_CITY_VALUE
	 * @generated
	 * @ordered
	 */
	RESOURCE_BASED_CITY(2, "RESOURCE_BASED_CITY", "RESOURCE_BASED_CITY");

	/**
	 * The '<em><b>INDUSTRIAL REGION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRIAL_REGION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRIAL_REGION_VALUE = 0;

	/**
	 * The '<em><b>METROPOLITAN AREA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METROPOLITAN_AREA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int METROPOLITAN_AREA_VALUE = 1;

	/**
	 * The '<em><b>RESOURCE BASED CITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCE_BASED_CITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESOURCE_BASED_CITY_VALUE = 2;

	/**
	 * An array of all the '<em><b>Region Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RegionKind[] VALUES_ARRAY =
		new RegionKind[] {
			INDUSTRIAL_REGION,
			METROPOLITAN_AREA,
			RESOURCE_BASED_CITY,
		};

	/**
	 * A public read-only list of all the '<em><b>Region Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RegionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Region Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RegionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Region Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RegionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Region Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionKind get(int value) {
		switch (value) {
			case INDUSTRIAL_REGION_VALUE: return INDUSTRIAL_REGION;
			case METROPOLITAN_AREA_VALUE: return METROPOLITAN_AREA;
			case RESOURCE_BASED_CITY_VALUE: return RESOURCE_BASED_CITY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private RegionKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //RegionKind
