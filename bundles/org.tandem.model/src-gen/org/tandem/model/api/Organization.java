/**
 */
package org.tandem.model.api;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organization</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An institute, authority, company, network or association.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Organization#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.api.Organization#getKind <em>Kind</em>}</li>
 *   <li>{@link org.tandem.model.api.Organization#getRegion <em>Region</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getOrganization()
 * @model
 * @generated
 */
public interface Organization extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getOrganization_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Organization#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tandem.model.api.OrganizationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of organization.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.tandem.model.api.OrganizationKind
	 * @see #setKind(OrganizationKind)
	 * @see org.tandem.model.api.TandemPackage#getOrganization_Kind()
	 * @model
	 * @generated
	 */
	OrganizationKind getKind();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Organization#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.tandem.model.api.OrganizationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrganizationKind value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Region)
	 * @see org.tandem.model.api.TandemPackage#getOrganization_Region()
	 * @model
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Organization#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

} // Organization
