/**
 */
package org.tandem.model.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Organization Kind</b></em>',
 * and utility methods for working with them.
 * @since 0.1
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of an organization.
 * <!-- end-model-doc -->
 * @see org.tandem.model.api.TandemPackage#getOrganizationKind()
 * @model
 * @generated
 */
public enum OrganizationKind implements Enumerator {
	/**
	 * The '<em><b>INSTITUTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTITUTE_VALUE
	 * @generated
	 * @ordered
	 */
	INSTITUTE(0, "INSTITUTE", "INSTITUTE"),

	/**
	 * The '<em><b>AUTHORITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTHORITY_VALUE
	 * @generated
	 * @ordered
	 */
	AUTHORITY(1, "AUTHORITY", "AUTHORITY"),

	/**
	 * The '<em><b>COMPANY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY_VALUE
	 * @generated
	 * @ordered
	 */
	COMPANY(2, "COMPANY", "COMPANY"),

	/**
	 * The '<em><b>BUSINESS NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_NETWORK(3, "BUSINESS_NETWORK", "BUSINESS_NETWORK"),

	/**
	 * The '<em><b>ASSOCIATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSOCIATION_VALUE
	 * @generated
	 * @ordered
	 */
	ASSOCIATION(4, "ASSOCIATION", "ASSOCIATION");

	/**
	 * The '<em><b>INSTITUTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTITUTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSTITUTE_VALUE = 0;

	/**
	 * The '<em><b>AUTHORITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTHORITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUTHORITY_VALUE = 1;

	/**
	 * The '<em><b>COMPANY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPANY_VALUE = 2;

	/**
	 * The '<em><b>BUSINESS NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_NETWORK_VALUE = 3;

	/**
	 * The '<em><b>ASSOCIATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSOCIATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSOCIATION_VALUE = 4;

	/**
	 * An array of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganizationKind[] VALUES_ARRAY =
		new OrganizationKind[] {
			INSTITUTE,
			AUTHORITY,
			COMPANY,
			BUSINESS_NETWORK,
			ASSOCIATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganizationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(int value) {
		switch (value) {
			case INSTITUTE_VALUE: return INSTITUTE;
			case AUTHORITY_VALUE: return AUTHORITY;
			case COMPANY_VALUE: return COMPANY;
			case BUSINESS_NETWORK_VALUE: return BUSINESS_NETWORK;
			case ASSOCIATION_VALUE: return ASSOCIATION;
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
	private OrganizationKind(int value, String name, String literal) {
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
	
} //OrganizationKind
