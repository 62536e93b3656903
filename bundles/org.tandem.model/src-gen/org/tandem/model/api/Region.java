/**
 */
package org.tandem.model.api;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A partner region.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Region#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.api.Region#getCountry <em>Country</em>}</li>
 *   <li>{@link org.tandem.model.api.Region#getKind <em>Kind</em>}</li>
 *   <li>{@link org.tandem.model.api.Region#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.tandem.model.api.Region#getMunicipalities <em>Municipalities</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getRegion()
 * @model
 * @generated
 */
public interface Region extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getRegion_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Region#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166 country code, such as DE or CN.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.tandem.model.api.TandemPackage#getRegion_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Region#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tandem.model.api.RegionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of region.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.tandem.model.api.RegionKind
	 * @see #setKind(RegionKind)
	 * @see org.tandem.model.api.TandemPackage#getRegion_Kind()
	 * @model
	 * @generated
	 */
	RegionKind getKind();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Region#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.tandem.model.api.RegionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RegionKind value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inhabitants.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(long)
	 * @see org.tandem.model.api.TandemPackage#getRegion_Population()
	 * @model
	 * @generated
	 */
	long getPopulation();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Region#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(long value);

	/**
	 * Returns the value of the '<em><b>Municipalities</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Municipality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cities and municipalities in the region.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Municipalities</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getRegion_Municipalities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Municipality> getMunicipalities();

} // Region
